import type { Risk } from '../model/workshop';

/**
 * Risk scoring on the usual 5 × 5 register: score = likelihood × impact (1…25), banded into four
 * levels. The bands follow the common corporate matrix: 1–4 low, 5–9 medium, 10–16 high,
 * 20–25 critical (no product of two ratings falls between 16 and 20).
 */
export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/**
 * Each level's score range, in order; the PDF legend prints these. 17–19 are no product of two
 * ratings: levelOfScore puts them (and any non-product score) with the level above.
 */
export const levelBands: readonly { level: RiskLevel; min: number; max: number }[] = [
  { level: 'low', min: 1, max: 4 },
  { level: 'medium', min: 5, max: 9 },
  { level: 'high', min: 10, max: 16 },
  { level: 'critical', min: 20, max: 25 },
];

/** The 1…5 scale of likelihood and impact. */
export const ratings = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof ratings)[number];

/** The level of a score (1…25); scores outside the scale are clamped into it. */
export function levelOfScore(score: number): RiskLevel {
  const s = Math.max(1, Math.min(25, Math.round(score)));
  return (levelBands.find((b) => s <= b.max) ?? levelBands[levelBands.length - 1]!).level;
}

/** likelihood × impact, or null while either is unrated. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number | null {
  return risk.likelihood === null || risk.impact === null ? null : risk.likelihood * risk.impact;
}

/** The level of a risk, or null while it is unrated. */
export function riskLevel(risk: Pick<Risk, 'likelihood' | 'impact'>): RiskLevel | null {
  const score = riskScore(risk);
  return score === null ? null : levelOfScore(score);
}
