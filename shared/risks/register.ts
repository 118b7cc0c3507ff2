import type { Id } from '../model/ids';
import type { Risk } from '../model/workshop';
import { riskScore } from './levels';

export type RiskCategory = Risk['category'];
export type RiskStatus = Risk['status'];
export const riskStatuses: readonly RiskStatus[] = ['open', 'mitigating', 'closed'];

/** A new risk with nothing rated yet; fields in `init` override the defaults. */
export function blankRisk(id: Id, init: Partial<Omit<Risk, 'id'>> = {}): Risk {
  return {
    id,
    title: '',
    description: '',
    category: 'technical',
    likelihood: null,
    impact: null,
    owner: '',
    mitigation: '',
    status: 'open',
    linkedIds: [],
    ...init,
  };
}

/**
 * Highest score first; ties keep register order; unrated risks last, in register order.
 * Returns a new array.
 */
export function sortByScore<T extends Pick<Risk, 'likelihood' | 'impact'>>(risks: readonly T[]): T[] {
  return risks
    .map((risk, index) => ({ risk, index, score: riskScore(risk) ?? -1 }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.risk);
}

/** The risks still worth the room's attention, highest score first: rated and not closed. */
export function topRisks(risks: readonly Risk[], count: number): Risk[] {
  return sortByScore(risks.filter((r) => r.status !== 'closed' && riskScore(r) !== null)).slice(0, Math.max(0, count));
}

export interface RiskFilter {
  /** null: every category. */
  category: RiskCategory | null;
  /** null: every status. */
  status: RiskStatus | null;
  /** Only these ids (a heat-map cell's risks); null: no cell chosen. */
  ids: ReadonlySet<Id> | null;
}

export const noRiskFilter: RiskFilter = { category: null, status: null, ids: null };

/** The risks the filter lets through, in their given order. */
export function filterRisks<T extends Risk>(risks: readonly T[], filter: RiskFilter): T[] {
  return risks.filter(
    (r) => (filter.category === null || r.category === filter.category) && (filter.status === null || r.status === filter.status) && (filter.ids === null || filter.ids.has(r.id)),
  );
}

/**
 * The mitigation text with `line` appended on a line of its own; the same text when the line is
 * already there (picking the same library entry twice adds it once).
 */
export function appendMitigation(mitigation: string, line: string): string {
  const text = line.trim();
  if (!text) return mitigation;
  const lines = mitigation.split('\n').map((l) => l.replace(/^[-•*]\s*/, '').trim());
  if (lines.includes(text)) return mitigation;
  const entry = `- ${text}`;
  return mitigation.trim() ? `${mitigation.replace(/\s+$/, '')}\n${entry}` : entry;
}
