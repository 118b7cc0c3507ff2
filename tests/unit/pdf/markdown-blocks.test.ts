import { describe, expect, it } from 'vitest';
import type { Block } from '../../../renderer/src/export/pdf/handout';
import { markdownBlocks } from '../../../renderer/src/export/pdf/markdown-blocks';
import { notesBlocks } from '../../../renderer/src/export/pdf/notes-section';
import type { StageOf } from '../../../shared/model/workshop';

/** The notes' GFM as the handout's blocks: tables as tables, task lists with their state. */
describe('markdownBlocks', () => {
  it('turns a GFM table into a table block, with its columns’ alignment and plain-text cells', () => {
    const blocks = markdownBlocks('前言\n\n| 组件 | 部署 | 成本 |\n|:--|:-:|--:|\n| **网关** | 私有云 | 1,200 |\n| 检索 `bge-m3` | 本地 GPU | 800 |\n');
    expect(blocks).toEqual<Block[]>([
      { kind: 'paragraph', text: '前言' },
      {
        kind: 'table',
        columns: [{ header: '组件' }, { header: '部署', align: 'center' }, { header: '成本', align: 'right' }],
        rows: [
          ['网关', '私有云', '1,200'],
          ['检索 bge-m3', '本地 GPU', '800'],
        ],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/\||---/);
  });

  it('keeps task items as ticked or open boxes, and plain items as plain', () => {
    expect(markdownBlocks('- [ ] 申请 GPU 配额\n- [x] 确认数据驻留要求\n- 普通事项')).toEqual<Block[]>([
      { kind: 'list', items: ['申请 GPU 配额', '确认数据驻留要求', '普通事项'], ordered: false, checks: [false, true, null] },
    ]);
    expect(markdownBlocks('- 一\n- 二')).toEqual<Block[]>([{ kind: 'list', items: ['一', '二'], ordered: false }]);
  });

  it('flattens nested lists and keeps a quote’s list as bullets', () => {
    expect(markdownBlocks('1. 甲\n   - 甲一\n2. 乙\n\n> 引用\n> - 要点')).toEqual<Block[]>([
      { kind: 'list', items: ['甲', '甲一', '乙'], ordered: true },
      { kind: 'paragraph', text: '引用', tone: 'muted' },
      { kind: 'paragraph', text: '• 要点', tone: 'muted' },
    ]);
  });
});

describe('a diagram drawn as a placeholder', () => {
  const stage = (source: string): StageOf<'notes'> =>
    ({ kind: 'notes', title: '架构', sections: [{ id: 'n1', title: '部署', markdown: `\`\`\`mermaid\n${source}\n\`\`\`` }] }) as unknown as StageOf<'notes'>;

  it('says how many lines of the source it leaves out', () => {
    const source = ['flowchart TD', ...Array.from({ length: 10 }, (_, i) => `  a${i} --> a${i + 1}`)].join('\n');
    for (const [language, note] of [['en', '… 5 more lines'], ['zh-CN', '……另有 5 行']] as const) {
      const [, figure] = notesBlocks(stage(source), { language, preset: 'handout', paper: 'a4' });
      expect(figure?.kind).toBe('figure');
      const detail = figure?.kind === 'figure' ? (figure.placeholder?.detail ?? '') : '';
      expect(detail.split('\n')).toEqual([...source.split('\n').slice(0, 6), note]);
    }
  });

  it('shows a short source whole, with no note', () => {
    const [, figure] = notesBlocks(stage('flowchart LR\n  a --> b'), { language: 'en', preset: 'handout', paper: 'a4' });
    expect(figure?.kind === 'figure' ? figure.placeholder?.detail : '').toBe('flowchart LR\n  a --> b');
  });
});
