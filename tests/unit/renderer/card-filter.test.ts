import { describe, expect, it } from 'vitest';
import { newCard } from '../../../shared/model/workshop';
import { boardTags, isFiltering, matchesFilter, noFilter, parseTags } from '../../../renderer/src/features/cards/card-filter';
import { nudge } from '../../../renderer/src/features/cards/placement';

const at = '2025-03-18T10:00:00+08:00';
const wait = newCard({ id: 'c1', text: '转人工要排队十几分钟', color: 'pink', tags: ['客户', 'KPI'], createdAt: at, fields: { persona: '信用卡客户' } });
const systems = newCard({ id: 'c2', text: 'Agents switch between 5 systems', color: 'orange', tags: ['坐席'], createdAt: at });
const secret = newCard({ id: 'c3', text: '排队 secret', color: 'pink', tags: [], createdAt: at, hidden: true });

describe('card search and filters', () => {
  it('finds words in the text, the field values and the tags, in any case', () => {
    expect(matchesFilter(wait, { ...noFilter, query: '排队' })).toBe(true);
    expect(matchesFilter(wait, { ...noFilter, query: '信用卡' })).toBe(true);
    expect(matchesFilter(wait, { ...noFilter, query: 'kpi 客户' })).toBe(true);
    expect(matchesFilter(systems, { ...noFilter, query: 'AGENTS systems' })).toBe(true);
    expect(matchesFilter(systems, { ...noFilter, query: '排队' })).toBe(false);
  });

  it('filters by colour and tag, and never reveals a hidden card through search', () => {
    expect(matchesFilter(wait, { ...noFilter, color: 'pink' })).toBe(true);
    expect(matchesFilter(systems, { ...noFilter, color: 'pink' })).toBe(false);
    expect(matchesFilter(systems, { ...noFilter, tag: '坐席' })).toBe(true);
    expect(matchesFilter(secret, { ...noFilter, query: '排队' })).toBe(false);
    expect(matchesFilter(secret, noFilter)).toBe(true);
    expect(isFiltering(noFilter)).toBe(false);
    expect(isFiltering({ ...noFilter, query: '  ' })).toBe(false);
  });

  it('reads tags separated by Latin or Chinese commas, without blanks or repeats', () => {
    expect(parseTags('KPI, 价值点，客户、 KPI ,')).toEqual(['KPI', '价值点', '客户']);
    expect(boardTags([wait, systems, secret])).toEqual(['客户', 'KPI', '坐席']);
  });
});

describe('2×2 keyboard placement', () => {
  it('moves by 5 % per arrow key and stays inside the grid', () => {
    expect(nudge({ impact: 0.5, effort: 0.5 }, 'ArrowUp')).toEqual({ impact: 0.55, effort: 0.5 });
    expect(nudge({ impact: 0.5, effort: 0.5 }, 'ArrowLeft')).toEqual({ impact: 0.5, effort: 0.45 });
    expect(nudge({ impact: 1, effort: 0 }, 'ArrowUp')).toEqual({ impact: 1, effort: 0 });
    expect(nudge({ impact: 1, effort: 0 }, 'ArrowLeft')).toEqual({ impact: 1, effort: 0 });
    expect(nudge({ impact: 0.5, effort: 0.5 }, 'Enter')).toBeNull();
  });
});
