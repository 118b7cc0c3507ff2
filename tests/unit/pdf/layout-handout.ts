import { expect } from 'vitest';
import type { Handout } from '../../../renderer/src/export/pdf/handout';
import { squash } from './pdf-tools';

/** A bare Chinese handout around the given sections, for the page-layout tests. */
export function layoutHandout(sections: Handout['sections']): Handout {
  return {
    language: 'zh-CN',
    paper: 'a4',
    createdAt: '2026-01-16T10:00:00.000+08:00',
    meta: { title: '版式测试', author: '测试', subject: '版式', keywords: '' },
    cover: { kicker: '工作坊讲义', title: '版式测试', facts: [], participants: [], footnote: '' },
    sections,
  };
}

/** Asserts that every string occurs in `text`, in this order (whitespace ignored). */
export function expectInOrder(text: string, strings: string[]): void {
  const haystack = squash(text);
  let at = 0;
  for (const s of strings) {
    const found = haystack.indexOf(squash(s), at);
    expect(found, `"${s}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + squash(s).length;
  }
}
