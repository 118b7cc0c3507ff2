import { idSchema } from '../model/ids';
import { limits } from '../model/limits';
import type { Adr } from '../model/workshop';
import { adrSchema, adrStatuses } from '../model/workshop';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { isHeadingLine, madrHeadings as h, numberFromFileName, readFrontMatter, stringList, stringOr, unescapeText } from './madr-format';

/** A record read from a MADR file, with the numbers it names (resolved to ids by the importer). */
export interface ParsedMadr {
  adr: Adr;
  /** From the file name (`0007-…`) or the front matter; null when the file names none. */
  number: number | null;
  /** "superseded by ADR-0009": the number of the record that replaced this one. */
  supersededByNumber: number | null;
}

/** Largest MADR file read: a record holds a few fields of at most `limits.textChars` each. */
export const maxMadrChars = 8 * limits.textChars;

type SectionKey = keyof typeof h;
const headingKey = new Map<string, SectionKey>(Object.entries(h).map(([k, v]) => [v.toLowerCase(), k as SectionKey]));

const bullet = /^\s*[*-]\s+(.*)$/;
const text = (lines: readonly string[] | undefined) => unescapeText((lines ?? []).join('\n').trim());
const validId = (value: unknown, makeId: () => string): string => (idSchema.safeParse(value).success ? (value as string) : makeId());
const ids = (value: unknown): string[] => stringList(value).filter((v) => idSchema.safeParse(v).success);

/** Splits the body at MADR's own headings; the text before the first one is `preamble`. */
function sections(body: string[]): Map<SectionKey | 'preamble', string[]> {
  const out = new Map<SectionKey | 'preamble', string[]>([['preamble', []]]);
  let current: SectionKey | 'preamble' = 'preamble';
  for (const line of body) {
    const key = isHeadingLine(line) ? headingKey.get(line.trim().toLowerCase()) : undefined;
    if (key) {
      current = key;
      out.set(key, out.get(key) ?? []);
    } else out.get(current)?.push(line);
  }
  return out;
}

function parseStatus(raw: string): { status: Adr['status']; supersededByNumber: number | null } {
  const lower = raw.trim().toLowerCase();
  if (lower.startsWith('superseded')) {
    const n = /(?:adr[-\s]?|\()0*(\d{1,4})/i.exec(raw);
    return { status: 'superseded', supersededByNumber: n ? Number(n[1]) : null };
  }
  const status = adrStatuses.find((s) => lower.startsWith(s));
  return { status: status ?? 'proposed', supersededByNumber: null };
}

/** MADR 2 wrote metadata as a list under the title: `* Status: accepted`, `* Deciders: …`, `* Date: …`. */
function listMetadata(preamble: readonly string[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const line of preamble) {
    const m = /^\s*[*-]\s*(status|deciders|date)\s*:\s*(.*)$/i.exec(line);
    if (m) meta[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
  }
  return meta;
}

function prosAndCons(lines: readonly string[]): Map<string, { pros: string[]; cons: string[] }> {
  const out = new Map<string, { pros: string[]; cons: string[] }>();
  let current: { pros: string[]; cons: string[] } | null = null;
  for (const line of lines) {
    const heading = /^###\s+(.*)$/.exec(line);
    if (heading) {
      current = { pros: [], cons: [] };
      out.set((heading[1] ?? '').trim(), current);
      continue;
    }
    const item = bullet.exec(line)?.[1]?.trim();
    if (!current || !item) continue;
    const judged = /^(good|bad|neutral),?\s*because,?\s*(.*)$/i.exec(item);
    if (judged?.[1]?.toLowerCase() === 'bad') current.cons.push(judged[2] ?? '');
    else current.pros.push(judged ? `${judged[1]?.toLowerCase() === 'neutral' ? 'Neutral: ' : ''}${judged[2] ?? ''}` : item);
  }
  return out;
}

/**
 * Reads one MADR file (3 or 4, or one written by `serializeMadr`). Ids and links come back from
 * the `groundwork-*` front matter when present; records from other tools get new ids from `makeId`.
 */
export function parseMadr(fileName: string, source: string, makeId: () => string): Result<ParsedMadr> {
  if (source.length > maxMadrChars) return fail('too-large', { detail: fileName });
  const { data, rest } = readFrontMatter(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const body = rest.split('\n');
  const titleIndex = body.findIndex((l) => /^#\s+\S/.test(l));
  if (titleIndex < 0) return fail('invalid', { path: fileName, detail: 'no "# title" line: not a MADR file' });
  const parts = sections(body.slice(titleIndex + 1));
  const meta = listMetadata(parts.get('preamble') ?? []);
  const ownFile = typeof data['groundwork-id'] === 'string';

  const optionLinks = Array.isArray(data['groundwork-options']) ? (data['groundwork-options'] as unknown[]) : [];
  const judged = prosAndCons(parts.get('prosAndCons') ?? []);
  const listed = (parts.get('options') ?? []).map((l) => bullet.exec(l)?.[1]?.trim()).filter((t): t is string => Boolean(t));
  const titles = listed.length ? listed : [...judged.keys()];
  const options = titles.slice(0, 50).map((title, i) => {
    const link = (optionLinks[i] ?? {}) as Record<string, unknown>;
    const pc = judged.get(title) ?? [...judged.values()][i] ?? { pros: [], cons: [] };
    const matrix = link.matrix;
    return {
      id: validId(link.id, makeId),
      title: title.slice(0, limits.shortChars),
      matrixOptionId: idSchema.safeParse(matrix).success ? (matrix as string) : null,
      pros: pc.pros.join('\n'),
      cons: pc.cons.join('\n'),
    };
  });

  let outcome = text(parts.get('outcome'));
  let chosenOptionId: string | null = null;
  const chosenLine = /^Chosen option:\s*/i.exec(outcome);
  if (chosenLine) {
    const after = outcome.slice(chosenLine[0].length);
    const chosen = [...options]
      .sort((a, b) => b.title.length - a.title.length)
      .find((o) => after.startsWith(`"${o.title}"`) || after.startsWith(`“${o.title}”`) || after.startsWith(o.title));
    if (chosen) {
      chosenOptionId = chosen.id;
      const quoted = after.startsWith(chosen.title) ? 0 : 2;
      outcome = after.slice(chosen.title.length + quoted).replace(/^,?\s*because,?\s*/i, '').trim();
    }
  }

  const criteria = ids(data['groundwork-criteria']);
  // The first bullets name the criteria (ids in the front matter); what follows is free text.
  const drivers: string[] = [];
  let toSkip = criteria.length;
  for (const line of parts.get('drivers') ?? []) {
    if (toSkip > 0 && line.trim() === '') continue;
    if (toSkip > 0 && bullet.test(line)) {
      toSkip--;
      continue;
    }
    toSkip = 0;
    drivers.push(line);
  }
  let context = text(parts.get('context'));
  const more = text(parts.get('more'));
  if (!ownFile && more) context = context ? `${context}\n\n${more}` : more;

  const { status, supersededByNumber } = parseStatus(stringOr(data.status, meta.status ?? 'proposed'));
  const number = numberFromFileName(fileName) ?? (Number(stringOr(data['groundwork-number'], '')) || null);
  const adr: Adr = {
    id: validId(data['groundwork-id'], makeId),
    number: number ?? 1,
    title: (body[titleIndex] ?? '').replace(/^#\s+/, '').trim().slice(0, limits.shortChars),
    status,
    supersededBy: null,
    date: stringOr(data.date, meta.date ?? '').slice(0, limits.shortChars),
    deciders: stringList(data['decision-makers'] ?? data.deciders ?? meta.deciders).slice(0, 100),
    context,
    driverCriterionIds: criteria,
    drivers: text(drivers),
    options,
    chosenOptionId,
    outcome,
    consequences: text(parts.get('consequences')),
    matrixStageId: idSchema.safeParse(data['groundwork-matrix-stage']).success ? (data['groundwork-matrix-stage'] as string) : null,
    linkedCardIds: ids(data['groundwork-cards']),
  };
  const checked = adrSchema.safeParse(adr);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail('invalid', { path: `${fileName}: ${issue?.path.join('.') ?? ''}`, detail: issue?.message });
  }
  return ok({ adr: checked.data, number, supersededByNumber });
}
