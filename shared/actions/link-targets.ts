import type { Id } from '../model/ids';
import type { Workshop } from '../model/workshop';

/** What an action can follow from: items elsewhere in the workshop, by kind. */
export const linkKinds = ['card', 'option', 'criterion', 'item', 'dimension', 'risk', 'adr'] as const;
export type LinkKind = (typeof linkKinds)[number];

export interface LinkTarget {
  id: Id;
  kind: LinkKind;
  /** The item's own words: a card's text, an option's name, "ADR-0002 …". */
  label: string;
  /** Where it lives: the stage title, or null for ADRs (they belong to the whole workshop). */
  source: string | null;
}

/** One line of at most `max` characters, for a chip or a picker option. */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const adrName = (number: number, title: string) => `ADR-${String(number).padStart(4, '0')} ${title}`.trim();

/**
 * Every item an action may link to, stage by stage in agenda order, then the decision records.
 * Cards still hidden by blind entry are left out (their words are not the room's yet); empty items
 * keep an empty label for the caller to name.
 */
export function linkTargets(doc: Workshop): LinkTarget[] {
  const out: LinkTarget[] = [];
  const push = (id: Id, kind: LinkKind, label: string, source: string | null) => out.push({ id, kind, label: oneLine(label), source });
  for (const stage of doc.stages) {
    switch (stage.kind) {
      case 'cards':
        for (const c of stage.cards) if (!c.hidden) push(c.id, 'card', c.text, stage.title);
        break;
      case 'matrix':
        for (const o of stage.options) push(o.id, 'option', o.name, stage.title);
        for (const c of stage.criteria) push(c.id, 'criterion', c.name, stage.title);
        break;
      case 'checklist':
        for (const i of stage.items) push(i.id, 'item', i.text, stage.title);
        break;
      case 'scorecard':
        for (const d of stage.dimensions) push(d.id, 'dimension', d.name, stage.title);
        break;
      case 'risks':
        for (const r of stage.risks) push(r.id, 'risk', r.title, stage.title);
        break;
      default:
        break;
    }
  }
  for (const adr of [...doc.adrs].sort((a, b) => a.number - b.number)) push(adr.id, 'adr', adrName(adr.number, adr.title), null);
  return out;
}
