import { describe, expect, it } from 'vitest';
import { formatDate, formatMinutes, labelled, localTimestamp } from '../../../renderer/src/export/pdf/format';
import { inline, markdownBlocks } from '../../../renderer/src/export/pdf/markdown-blocks';

describe('formatting for the handout', () => {
  it('writes dates as written, in the handout language', () => {
    expect(formatDate('2026-01-15T23:30:00.000+08:00', 'en')).toBe('15 January 2026');
    expect(formatDate('2026-01-15T23:30:00.000+08:00', 'zh-CN')).toBe('2026年1月15日');
    expect(formatDate('下周三', 'zh-CN')).toBe('下周三');
    const now = new Date(2026, 0, 16, 9, 5, 7);
    expect(localTimestamp(now).slice(0, 19)).toBe('2026-01-16T09:05:07');
    expect(new Date(localTimestamp(now)).getTime()).toBe(now.getTime());
  });

  it('writes durations and labels', () => {
    expect(formatMinutes(40, 'en')).toBe('40 min');
    expect(formatMinutes(75, 'zh-CN')).toBe('1 小时 15 分钟');
    expect(formatMinutes(120, 'en')).toBe('2 h');
    expect(labelled('受益人', '坐席')).toBe('受益人：坐席');
    expect(labelled('Owner', 'Li')).toBe('Owner: Li');
  });

  it('turns Markdown into blocks, never markup', () => {
    expect(inline('**粗体** and *em*, `code`, [链接](https://example.com)')).toBe('粗体 and em, code, 链接 (https://example.com)');
    expect(markdownBlocks('## 背景\n知识更新频繁，\n微调跟不上。\n\n- 一\n- 二\n\n1. 甲\n2. 乙\n\n> 引用\n\n```mermaid\ngraph LR\n  A --> B\n```')).toEqual([
      { kind: 'heading', text: '背景', level: 4 },
      { kind: 'paragraph', text: '知识更新频繁，\n微调跟不上。' },
      { kind: 'list', items: ['一', '二'], ordered: false },
      { kind: 'list', items: ['甲', '乙'], ordered: true },
      { kind: 'paragraph', text: '引用', tone: 'muted' },
      { kind: 'paragraph', text: 'graph LR\n  A --> B', tone: 'muted' },
    ]);
  });
});
