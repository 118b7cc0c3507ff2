import type { Adr, Workshop } from '../model/workshop';
import type { FrontMatterValue } from './madr-format';
import { escapeText, madrFileName, madrHeadings as h, writeFrontMatter } from './madr-format';

export { madrFileName, madrSlug, numberFromFileName } from './madr-format';
export type { ParsedMadr } from './madr-parse';
export { parseMadr } from './madr-parse';

/** What a record refers to elsewhere in the workshop, by id: names for the human-readable file. */
export interface MadrContext {
  criterionName(id: string): string | undefined;
  cardText(id: string): string | undefined;
  adrById(id: string): Pick<Adr, 'number' | 'title'> | undefined;
}

/** Looks names up in `doc`: criteria of its matrix stages, cards of its cards stages, its ADRs. */
export function madrContext(doc: Workshop): MadrContext {
  const criteria = new Map<string, string>();
  const cards = new Map<string, string>();
  for (const stage of doc.stages) {
    if (stage.kind === 'matrix') for (const c of stage.criteria) criteria.set(c.id, c.name);
    if (stage.kind === 'cards') for (const c of stage.cards) cards.set(c.id, c.text);
  }
  const adrs = new Map(doc.adrs.map((a) => [a.id, a]));
  return { criterionName: (id) => criteria.get(id), cardText: (id) => cards.get(id), adrById: (id) => adrs.get(id) };
}

/** The lines of a pros or cons field, without list markers of their own ("- fast" → "fast"). */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().replace(/^[-*+]\s+/, ''))
    .filter(Boolean);
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function statusText(adr: Adr, ctx: MadrContext): string {
  if (adr.status !== 'superseded' || !adr.supersededBy) return adr.status;
  const next = ctx.adrById(adr.supersededBy);
  return next ? `superseded by [ADR-${String(next.number).padStart(4, '0')}](${madrFileName(next.number, next.title)})` : 'superseded';
}

/**
 * One record as a MADR Markdown file. Front matter carries MADR's status, date and
 * decision-makers, plus `groundwork-*` keys (ids and links) that other MADR tools ignore and that
 * `parseMadr` reads back, so an exported record round-trips with its links to the matrix and cards.
 */
export function serializeMadr(adr: Adr, ctx: MadrContext): string {
  const front: [string, FrontMatterValue][] = [
    ['status', statusText(adr, ctx)],
    ['date', adr.date],
    ['decision-makers', adr.deciders],
    ['groundwork-id', adr.id],
    ['groundwork-number', String(adr.number)],
  ];
  if (adr.matrixStageId) front.push(['groundwork-matrix-stage', adr.matrixStageId]);
  if (adr.driverCriterionIds.length) front.push(['groundwork-criteria', adr.driverCriterionIds]);
  if (adr.linkedCardIds.length) front.push(['groundwork-cards', adr.linkedCardIds]);
  if (adr.options.length) front.push(['groundwork-options', adr.options.map((o) => ({ id: o.id, matrix: o.matrixOptionId }))]);

  const out: string[] = [writeFrontMatter(front), '', `# ${oneLine(adr.title)}`, '', h.context, ''];
  if (adr.context.trim()) out.push(escapeText(adr.context.trim()), '');

  const criteria = adr.driverCriterionIds.map((id) => `* ${oneLine(ctx.criterionName(id) ?? id)}`);
  if (criteria.length || adr.drivers.trim()) {
    out.push(h.drivers, '');
    if (criteria.length) out.push(...criteria, '');
    if (adr.drivers.trim()) out.push(escapeText(adr.drivers.trim()), '');
  }

  if (adr.options.length) out.push(h.options, '', ...adr.options.map((o) => `* ${oneLine(o.title)}`), '');

  out.push(h.outcome, '');
  const chosen = adr.options.find((o) => o.id === adr.chosenOptionId);
  const outcome = escapeText(adr.outcome.trim());
  if (chosen) out.push(`Chosen option: "${oneLine(chosen.title)}"${outcome ? `, because ${outcome}` : ''}`, '');
  else if (outcome) out.push(outcome, '');
  if (adr.consequences.trim()) out.push(h.consequences, '', escapeText(adr.consequences.trim()), '');

  if (adr.options.some((o) => o.pros.trim() || o.cons.trim())) {
    out.push(h.prosAndCons, '');
    for (const o of adr.options) {
      out.push(`### ${oneLine(o.title)}`, '');
      const good = lines(o.pros).map((l) => `* Good, because ${l}`);
      const bad = lines(o.cons).map((l) => `* Bad, because ${l}`);
      if (good.length || bad.length) out.push(...good, ...bad, '');
    }
  }

  const painPoints = adr.linkedCardIds.map((id) => ctx.cardText(id)).filter((t): t is string => t !== undefined);
  if (painPoints.length) out.push(h.more, '', 'Pain points behind this decision:', '', ...painPoints.map((t) => `* ${oneLine(t)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export interface MadrFile {
  fileName: string;
  text: string;
}

/** Every record of the workshop as MADR files, by number (`0001-….md`, `0002-….md`, …). */
export function exportMadr(doc: Workshop): MadrFile[] {
  const ctx = madrContext(doc);
  return [...doc.adrs]
    .sort((a, b) => a.number - b.number)
    .map((adr) => ({ fileName: madrFileName(adr.number, adr.title), text: serializeMadr(adr, ctx) }));
}

const fileMarker = /^<!-- madr-file: (\S+) -->$/;

/**
 * All records in one Markdown file, each after a `<!-- madr-file: 0001-….md -->` line: the app's
 * single download (a browser asks before a page starts many downloads). `splitMadr` undoes it.
 */
export function concatenateMadr(files: readonly MadrFile[]): string {
  return files.map((f) => `<!-- madr-file: ${f.fileName} -->\n${f.text}`).join('\n');
}

/** The files inside a concatenated export; any other Markdown file is one file, as it is. */
export function splitMadr(fileName: string, text: string): MadrFile[] {
  const out: MadrFile[] = [];
  let current: { fileName: string; lines: string[] } | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = fileMarker.exec(line);
    if (marker) {
      if (current) out.push({ fileName: current.fileName, text: current.lines.join('\n') });
      current = { fileName: marker[1] ?? fileName, lines: [] };
    } else if (current) current.lines.push(line);
    else if (line.trim() !== '') return [{ fileName, text }];
  }
  if (current) out.push({ fileName: current.fileName, text: current.lines.join('\n') });
  return out.length ? out : [{ fileName, text }];
}
