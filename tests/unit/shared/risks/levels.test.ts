import { describe, expect, it } from 'vitest';
import { levelBands, levelOfScore, riskLevel, riskScore } from '../../../../shared/risks';

describe('risk score and level', () => {
  it('scores likelihood × impact, null while unrated', () => {
    expect(riskScore({ likelihood: 4, impact: 5 })).toBe(20);
    expect(riskScore({ likelihood: null, impact: 5 })).toBeNull();
    expect(riskLevel({ likelihood: 3, impact: null })).toBeNull();
  });

  it('bands 1–4 low, 5–9 medium, 10–16 high, 20–25 critical', () => {
    const products = [...new Set([1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((i) => l * i)))].sort((a, b) => a - b);
    const banded = Object.fromEntries(products.map((s) => [s, levelOfScore(s)]));
    expect(banded).toEqual({
      1: 'low', 2: 'low', 3: 'low', 4: 'low',
      5: 'medium', 6: 'medium', 8: 'medium', 9: 'medium',
      10: 'high', 12: 'high', 15: 'high', 16: 'high',
      20: 'critical', 25: 'critical',
    });
    expect(riskLevel({ likelihood: 5, impact: 1 })).toBe('medium');
    expect(riskLevel({ likelihood: 1, impact: 4 })).toBe('low');
  });

  it('bands hold every product of two ratings in the range they print, and clamp out-of-range scores', () => {
    expect(levelBands[0]?.min).toBe(1);
    expect(levelBands.at(-1)?.max).toBe(25);
    for (const l of [1, 2, 3, 4, 5]) {
      for (const i of [1, 2, 3, 4, 5]) {
        const band = levelBands.find((b) => b.level === levelOfScore(l * i))!;
        expect(l * i).toBeGreaterThanOrEqual(band.min);
        expect(l * i).toBeLessThanOrEqual(band.max);
      }
    }
    expect(levelOfScore(18)).toBe('critical');
    expect(levelOfScore(0)).toBe('low');
    expect(levelOfScore(99)).toBe('critical');
  });
});
