import type { AdrCommand } from '../commands/adr';
import { documentHasId } from '../commands/helpers';
import type { Adr, Workshop } from '../model/workshop';
import type { AppError } from '../result';
import type { MadrFile } from './madr';
import { splitMadr } from './madr';
import type { ParsedMadr } from './madr-parse';
import { parseMadr } from './madr-parse';

export interface MadrImportPlan {
  /** Apply in order: records already in the workshop (same id) are updated, the others added. */
  commands: AdrCommand[];
  added: number;
  updated: number;
  failed: { fileName: string; error: AppError }[];
}

/**
 * What importing MADR files into `doc` does. A record exported from this workshop (same
 * `groundwork-id`) replaces its fields; any other record is added with the next free number, in
 * the order of the numbers in its file names; "superseded by ADR-000n" is resolved first against
 * the imported files, then against the workshop's own numbers.
 */
export function planMadrImport(doc: Workshop, files: readonly MadrFile[], makeId: () => string): MadrImportPlan {
  const failed: MadrImportPlan['failed'] = [];
  const parsed: ParsedMadr[] = [];
  for (const file of files.flatMap((f) => splitMadr(f.fileName, f.text))) {
    const result = parseMadr(file.fileName, file.text, makeId);
    if (result.ok) parsed.push(result.value);
    else failed.push({ fileName: file.fileName, error: result.error });
  }
  parsed.sort((a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER));

  const taken = new Set<string>();
  const fresh = (id: string) => {
    let next = id;
    while (taken.has(next) || documentHasId(doc, next)) next = makeId();
    taken.add(next);
    return next;
  };
  const records = parsed.map(({ adr, number, supersededByNumber }) => {
    const existing = doc.adrs.find((a) => a.id === adr.id);
    if (existing) {
      taken.add(adr.id);
      return { adr, number, supersededByNumber, existing };
    }
    const optionIds = new Map(adr.options.map((o) => [o.id, fresh(o.id)]));
    const renamed: Adr = {
      ...adr,
      id: fresh(adr.id),
      options: adr.options.map((o) => ({ ...o, id: optionIds.get(o.id) ?? o.id })),
      chosenOptionId: adr.chosenOptionId === null ? null : (optionIds.get(adr.chosenOptionId) ?? null),
    };
    return { adr: renamed, number, supersededByNumber, existing: undefined };
  });

  const byNumber = new Map<number, string>(doc.adrs.map((a) => [a.number, a.id]));
  for (const r of records) if (r.number !== null) byNumber.set(r.number, r.adr.id);

  const commands: AdrCommand[] = [];
  let added = 0;
  let updated = 0;
  for (const { adr, supersededByNumber, existing } of records) {
    const target = supersededByNumber === null ? undefined : byNumber.get(supersededByNumber);
    const supersededBy = target !== undefined && target !== adr.id ? target : null;
    if (existing) {
      const { id: _id, number: _number, ...fields } = adr;
      commands.push({ type: 'adr/edit', adrId: existing.id, patch: { ...fields, supersededBy } });
      updated++;
    } else {
      commands.push({ type: 'adr/add', adr: { ...adr, supersededBy } });
      added++;
    }
  }
  return { commands, added, updated, failed };
}
