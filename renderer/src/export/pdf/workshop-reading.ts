import type { Stage, Workshop } from '../../../../shared/model/workshop';
import { stageItems } from '../../../../shared/model/workshop';

/**
 * Reads the optional parts of a workshop (card fields, groups, votes, blind entry, parking lot,
 * decision log, place …) without depending on the exact schema version: the document model grows,
 * and the handout should show new data as soon as it exists. Everything here is defensive —
 * a missing or differently shaped part reads as "none".
 */
type Rec = Record<string, unknown>;

export const asRecord = (value: unknown): Rec | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rec) : null;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

export interface FieldInfo {
  key: string;
  label: string;
  type: string;
}

/** The fields defined for a stage's cards (persona, severity …), in board order. */
export function cardFieldDefs(stage: Stage): FieldInfo[] {
  return asArray(asRecord(stage)?.fields).flatMap((f) => {
    const r = asRecord(f);
    const key = asText(r?.key);
    return key ? [{ key, label: asText(r?.label) ?? key, type: asText(r?.type) ?? 'text' }] : [];
  });
}

/** A card's (or any item's) field values by key, empty ones left out. */
export function fieldValues(item: object): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(asRecord(asRecord(item)?.fields) ?? {})) {
    const text = asText(value);
    if (text !== undefined) values[key] = text;
  }
  return values;
}

/** Written during blind entry and not revealed: the room has not seen it, so the handout leaves it out. */
export const isHidden = (item: object): boolean => asRecord(item)?.hidden === true;

/**
 * Dot votes per card id, once the facilitator has revealed them: votes the room has not seen yet
 * (still voting) are not the room's result, so the handout shows none of them.
 */
export function voteCounts(stage: Stage): Map<string, number> {
  const counts = new Map<string, number>();
  const voting = asRecord(asRecord(stage)?.voting);
  if (voting?.revealed !== true) return counts;
  for (const v of asArray(voting.votes)) {
    const r = asRecord(v);
    const id = asText(r?.cardId);
    const count = typeof r?.count === 'number' ? r.count : 0;
    if (id) counts.set(id, (counts.get(id) ?? 0) + count);
  }
  return counts;
}

/** Group (column / affinity cluster) titles by id. */
export function groupTitles(stage: Stage): Map<string, string> {
  const titles = new Map<string, string>();
  for (const g of asArray(asRecord(stage)?.groups)) {
    const r = asRecord(g);
    const id = asText(r?.id);
    if (id) titles.set(id, asText(r?.title) ?? '');
  }
  return titles;
}

export const groupIdOf = (item: object): string | undefined => asText(asRecord(item)?.groupId);

/** What the room produced in a stage: its cards (not their groups), or every item list of other boards. */
export function primaryItems(stage: Stage): object[] {
  if (stage.kind === 'cards') return stage.cards.filter((c) => !isHidden(c));
  return Object.values(stageItems(stage)).flat();
}

export interface LogItem {
  text: string;
  /** The stage it came up in, when known. */
  stageId?: string;
  createdAt?: string;
}

/** Parking-lot or decision-log entries, in the order they were recorded. */
export function logItems(doc: Workshop, key: 'parkingLot' | 'decisions'): LogItem[] {
  return asArray(asRecord(doc)?.[key]).flatMap((e) => {
    const r = asRecord(e);
    const text = asText(r?.text);
    if (!text) return [];
    const stageId = asText(r?.stageId);
    const createdAt = asText(r?.createdAt);
    return [{ text, ...(stageId ? { stageId } : {}), ...(createdAt ? { createdAt } : {}) }];
  });
}

/** Parking-lot or decision-log entries, as text. */
export const logEntries = (doc: Workshop, key: 'parkingLot' | 'decisions'): string[] => logItems(doc, key).map((e) => e.text);

/** Where a card sits on the impact × effort 2×2 (both 0 … 1), or null when it is not placed. */
export function placementOf(item: object): { impact: number; effort: number } | null {
  const p = asRecord(asRecord(item)?.placement);
  const impact = p?.impact;
  const effort = p?.effort;
  if (typeof impact !== 'number' || typeof effort !== 'number' || !Number.isFinite(impact) || !Number.isFinite(effort)) return null;
  const clamp = (n: number) => Math.min(1, Math.max(0, n));
  return { impact: clamp(impact), effort: clamp(effort) };
}

/** An optional top-level text of the workshop (place, facilitator, date …), when the model has it. */
export const workshopText = (doc: Workshop, key: string): string | undefined => asText(asRecord(doc)?.[key]);

/** Minutes actually spent on a stage, when its timer recorded any. */
export function spentMinutes(stage: Stage): number | undefined {
  const ms = asRecord(asRecord(stage)?.timer)?.elapsedMs;
  return typeof ms === 'number' && ms > 0 ? Math.round(ms / 60000) : undefined;
}
