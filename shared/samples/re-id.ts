import type { Id } from '../model/ids';
import type { Workshop } from '../model/workshop';
import { stageItems } from '../model/workshop';

/** Every id a workshop defines: the document, participants, log entries, ADRs and their options, stages and their items. */
export function definedIds(doc: Workshop): Id[] {
  return [
    doc.id,
    ...doc.participants.map((p) => p.id),
    ...doc.parkingLot.map((e) => e.id),
    ...doc.decisions.map((e) => e.id),
    ...doc.adrs.flatMap((a) => [a.id, ...a.options.map((o) => o.id)]),
    ...doc.stages.flatMap((s) => [s.id, ...Object.values(stageItems(s)).flatMap((items) => items.map((i) => i.id))]),
  ];
}

/** Fields that hold an id or a list of ids: `id`, `…Id`, `…Ids`, `supersededBy`; `a`/`b` of a pairwise judgement. */
function holdsIds(key: string, container: string): boolean {
  return key === 'id' || /[a-z]Ids?$/.test(key) || key === 'supersededBy' || (container === 'pairwise' && (key === 'a' || key === 'b'));
}

/**
 * A copy of the workshop in which every defined id is replaced by a fresh one, and every reference
 * follows: card groups, authors, votes, criteria's cards, pairwise judgements, direct weights (keyed
 * by criterion id), cell and blind scores, ADR options and drivers, linked ids of risks and actions,
 * log entries' stages, the current stage. References are found by the model's naming rule (a field
 * `id`, `…Id` or `…Ids`), so a reference added to the model later under that rule is carried along
 * too; text, titles and enum values are never touched, even if one happens to equal an id.
 */
export function reIdWorkshop(doc: Workshop, makeId: () => Id): Workshop {
  const fresh = new Map<string, string>();
  for (const id of definedIds(doc)) if (!fresh.has(id)) fresh.set(id, makeId());
  const swap = (id: string) => fresh.get(id) ?? id;
  /** `key`: the field the value sits in (array items inherit it); `container`: the field holding the enclosing object. */
  const walk = (value: unknown, key: string, container: string): unknown => {
    if (typeof value === 'string') return holdsIds(key, container) ? swap(value) : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, key, container));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([k, inner]) => [key === 'direct' ? swap(k) : k, walk(inner, k, key)]),
      );
    }
    return value;
  };
  return walk(doc, '', '') as Workshop;
}
