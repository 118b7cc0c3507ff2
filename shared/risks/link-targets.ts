import type { Id } from '../model/ids';
import type { Workshop } from '../model/workshop';

/** What a risk can point at: a card (pain point, scenario…), a matrix option, or a decision record. */
export type LinkTargetKind = 'card' | 'option' | 'adr';

export interface LinkTarget {
  id: Id;
  kind: LinkTargetKind;
  /** The item's own text: a card's text, an option's name, "ADR-0003 title". */
  label: string;
  /** Where it lives: the stage title, or null for decision records (workshop-wide). */
  source: string | null;
}

export const adrLabel = (adr: { number: number; title: string }) => `ADR-${String(adr.number).padStart(4, '0')} ${adr.title}`.trim();

/**
 * Every item of the workshop a risk may link to, in agenda order: visible cards of the cards
 * boards, the options of the matrix boards, then the decision records. Cards written blind and not
 * yet revealed are left out (the room has not seen them).
 */
export function riskLinkTargets(doc: Workshop): LinkTarget[] {
  const targets: LinkTarget[] = [];
  for (const stage of doc.stages) {
    if (stage.kind === 'cards') {
      for (const c of stage.cards) if (!c.hidden) targets.push({ id: c.id, kind: 'card', label: c.text, source: stage.title });
    } else if (stage.kind === 'matrix') {
      for (const o of stage.options) targets.push({ id: o.id, kind: 'option', label: o.name, source: stage.title });
    }
  }
  for (const adr of doc.adrs) targets.push({ id: adr.id, kind: 'adr', label: adrLabel(adr), source: null });
  return targets;
}

/** The targets a risk links to that still exist, in the risk's own order (dangling ids dropped). */
export function linkedTargets(linkedIds: readonly Id[], targets: readonly LinkTarget[]): LinkTarget[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  return linkedIds.flatMap((id) => {
    const target = byId.get(id);
    return target ? [target] : [];
  });
}
