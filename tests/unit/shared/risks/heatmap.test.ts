import { describe, expect, it } from 'vitest';
import { blankRisk, buildHeatMap, cellKey, filterRisks, levelCounts, noRiskFilter, parseCellKey, riskInCell, sortByScore, topRisks } from '../../../../shared/risks';

const risks = [
  blankRisk('a', { title: 'A', likelihood: 4, impact: 5, category: 'privacy' }),
  blankRisk('b', { title: 'B', likelihood: 2, impact: 3, category: 'compute' }),
  blankRisk('c', { title: 'C', likelihood: 4, impact: 5, category: 'technical', status: 'mitigating' }),
  blankRisk('d', { title: 'D', likelihood: null, impact: 3 }),
  blankRisk('e', { title: 'E', likelihood: 5, impact: 5, status: 'closed' }),
  blankRisk('f', { title: 'F', likelihood: 1, impact: 1 }),
];

describe('heat map', () => {
  it('has 5 rows from impact 5 down to 1, each from likelihood 1 to 5, with score and level', () => {
    const map = buildHeatMap([]);
    expect(map.rows.map((row) => row[0]?.impact)).toEqual([5, 4, 3, 2, 1]);
    expect(map.rows[0]?.map((c) => c.likelihood)).toEqual([1, 2, 3, 4, 5]);
    expect(map.rows[0]?.[4]).toMatchObject({ likelihood: 5, impact: 5, score: 25, level: 'critical', riskIds: [] });
    expect(map.rows[4]?.[0]).toMatchObject({ score: 1, level: 'low' });
  });

  it('puts each rated open risk in its cell, in register order; unrated apart; closed left out', () => {
    const map = buildHeatMap(risks);
    const cell = (l: number, i: number) => map.rows[5 - i]?.[l - 1]?.riskIds;
    expect(cell(4, 5)).toEqual(['a', 'c']);
    expect(cell(2, 3)).toEqual(['b']);
    expect(cell(1, 1)).toEqual(['f']);
    expect(cell(5, 5)).toEqual([]);
    expect(map.unratedIds).toEqual(['d']);
    expect(map.rows.flat().reduce((n, c) => n + c.riskIds.length, 0)).toBe(4);
    expect(buildHeatMap(risks, { includeClosed: true }).rows[0]?.[4]?.riskIds).toEqual(['e']);
    expect(levelCounts(map)).toEqual({ low: 1, medium: 1, high: 0, critical: 2 });
  });

  it('names cells by key and finds a risk in its cell', () => {
    expect(cellKey(3, 4)).toBe('3:4');
    expect(parseCellKey('3:4')).toEqual({ likelihood: 3, impact: 4 });
    expect(parseCellKey('6:1')).toBeNull();
    expect(riskInCell(risks[0]!, '4:5')).toBe(true);
    expect(riskInCell(risks[3]!, '1:3')).toBe(false);
  });
});

describe('register views', () => {
  it('sorts by score, ties in register order, unrated last', () => {
    expect(sortByScore(risks).map((r) => r.id)).toEqual(['e', 'a', 'c', 'b', 'f', 'd']);
  });

  it('top risks are rated and not closed', () => {
    expect(topRisks(risks, 3).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('filters by category, status and a set of ids together', () => {
    expect(filterRisks(risks, noRiskFilter)).toHaveLength(risks.length);
    expect(filterRisks(risks, { ...noRiskFilter, category: 'privacy' }).map((r) => r.id)).toEqual(['a']);
    expect(filterRisks(risks, { ...noRiskFilter, status: 'mitigating' }).map((r) => r.id)).toEqual(['c']);
    expect(filterRisks(risks, { category: 'technical', status: null, ids: new Set(['a', 'c']) }).map((r) => r.id)).toEqual(['c']);
  });
});
