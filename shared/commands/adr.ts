import type { Adr, Workshop } from '../model/workshop';
import type { Id } from '../model/ids';
import { documentHasId } from './helpers';

export type AdrPatch = Partial<Omit<Adr, 'id' | 'number'>>;

/** Architecture decision records, numbered across the workshop. */
export type AdrCommand =
  /** Adds the record with the next free number (its own `number` is ignored). */
  | { type: 'adr/add'; adr: Adr }
  | { type: 'adr/edit'; adrId: Id; patch: AdrPatch }
  | { type: 'adr/delete'; adrId: Id };

export function nextAdrNumber(doc: Workshop): number {
  return doc.adrs.reduce((n, a) => Math.max(n, a.number), 0) + 1;
}

export function applyAdrCommand(doc: Workshop, cmd: AdrCommand): Workshop {
  switch (cmd.type) {
    case 'adr/add':
      if (documentHasId(doc, cmd.adr.id) || cmd.adr.options.some((o) => documentHasId(doc, o.id))) return doc;
      return { ...doc, adrs: [...doc.adrs, { ...cmd.adr, number: nextAdrNumber(doc) }] };
    case 'adr/edit': {
      const adr = doc.adrs.find((a) => a.id === cmd.adrId);
      if (!adr) return doc;
      const next = { ...adr, ...Object.fromEntries(Object.entries(cmd.patch).filter(([, v]) => v !== undefined)) };
      if (JSON.stringify(next) === JSON.stringify(adr)) return doc;
      return { ...doc, adrs: doc.adrs.map((a) => (a === adr ? next : a)) };
    }
    case 'adr/delete':
      if (!doc.adrs.some((a) => a.id === cmd.adrId)) return doc;
      return {
        ...doc,
        adrs: doc.adrs
          .filter((a) => a.id !== cmd.adrId)
          .map((a) => (a.supersededBy === cmd.adrId ? { ...a, supersededBy: null } : a)),
      };
  }
}
