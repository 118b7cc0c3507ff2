import { describe, expect, it } from 'vitest';
import { importMatrixCsv, matrixToCsv, mergeImportedMatrix } from '../../../../shared/matrix';
import { readCsv, writeCsv } from '../../../../shared/matrix/csv-text';
import type { MatrixBoard } from '../../../../shared/model/matrix';
import { bankWorkshop, stageOf } from '../bank-workshop';

/** The matrix as a spreadsheet file: written for Excel (BOM, CRLF), read back in either language, validated. */

const board = (): MatrixBoard => stageOf(bankWorkshop(), 'st-tech', 'matrix');

describe('CSV text', () => {
  it('quotes separators, quotes and line breaks, and reads them back', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', '中文'], ['', 'x', '', '']];
    const text = writeCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('"a,b","say ""hi""","line\nbreak",中文\r\n');
    expect(readCsv(text)).toEqual({ ok: true, rows });
  });

  it('accepts semicolons and LF files, and reports an open quote', () => {
    expect(readCsv('a;b\n1;2\n')).toEqual({ ok: true, rows: [['a', 'b'], ['1', '2']] });
    expect(readCsv('a,"b\n1,2')).toEqual({ ok: false, error: 'unterminated-quote', row: 1 });
  });
});

describe('matrix CSV', () => {
  it('exports criteria, weights in %, knock-outs and the agreed scores, with a BOM for Excel', () => {
    const text = matrixToCsv(board(), 'zh-CN');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      '方案,说明,数据隐私 / data privacy,推理延迟 latency,可解释性',
      '方向,,效益,成本,效益',
      '量表,,评分 1-5,实测值,评分 1-5',
      '单位,,,毫秒,',
      '一票否决,,4,,',
      '权重 (%),,50,30,20',
      'Qwen2.5-72B 私有化部署,行内 GPU 集群，数据不出行,5,,',
    ]);
    expect(lines).toContain('RAG + 7B 小模型,知识库检索增强；延迟低，成本可控,,650,');
  });

  it('guards text cells that a spreadsheet would run as formulas', () => {
    const b = board();
    b.options[0] = { ...b.options[0]!, name: '=HYPERLINK("http://x","点我")' };
    const text = matrixToCsv(b, 'en');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    const back = importMatrixCsv(text);
    expect(back.ok && back.matrix.options[0]?.name).toBe('=HYPERLINK("http://x","点我")');
  });

  it('reads back what it wrote, in either language, and a re-import keeps ids, rationales and links', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const result = importMatrixCsv(matrixToCsv(board(), language));
      if (!result.ok) throw new Error(result.error.code);
      expect(result.matrix.criteria.map((c) => [c.name, c.direction, c.scale, c.knockout, c.weight])).toEqual([
        ['数据隐私 / data privacy', 'benefit', 'rating', 4, 50],
        ['推理延迟 latency', 'cost', 'measured', null, 30],
        ['可解释性', 'benefit', 'rating', null, 20],
      ]);
      expect(result.matrix.values).toEqual([[5, null, null], [null, 650, null], [1, null, null]]);
      const merged = mergeImportedMatrix(board(), result.matrix, () => 'never');
      expect(merged.options).toEqual(board().options);
      expect(merged.criteria).toEqual(board().criteria);
      expect(merged.scores).toEqual(board().scores);
      expect(merged.blindScoring).toEqual(board().blindScoring);
    }
  });

  it('an edited file adds, renames and removes; new items get new ids', () => {
    const csv = ['Option,Description,数据隐私 / data privacy,Cost', 'Direction,,benefit,cost', 'Scale,,rating,measured', 'Weight,,60%,40', 'RAG + 7B 小模型,,4,0.8', 'LoRA 7B,微调,5,1.5'].join('\n');
    const result = importMatrixCsv(csv);
    if (!result.ok) throw new Error(result.error.code);
    let n = 0;
    const merged = mergeImportedMatrix(board(), result.matrix, () => `new-${++n}`);
    expect(merged.options.map((o) => o.id)).toEqual(['o-rag', 'new-1']);
    expect(merged.criteria.map((c) => [c.id, c.unit, c.knockout])).toEqual([['k-privacy', '', null], ['new-2', '', null]]);
    expect(merged.weighting).toEqual({ mode: 'direct', direct: { 'k-privacy': 60, 'new-2': 40 }, pairwise: [] });
    expect(merged.scores).toHaveLength(4);
  });

  it.each([
    ['', { code: 'empty' }],
    ['Name,x\nDirection,,benefit', { code: 'missing-row', row: 1, column: 1 }],
    ['Option,Description', { code: 'no-criteria', row: 1 }],
    ['Option,Description,A\nScale,,rating\nWeight,,1', { code: 'missing-row', value: 'direction' }],
    ['方案,说明,A\n方向,,好\n量表,,评分\n权重,,1', { code: 'bad-direction', row: 2, column: 3, value: '好' }],
    ['Option,Description,A\nDirection,,benefit\nScale,,stars\nWeight,,1', { code: 'bad-scale', row: 3, column: 3 }],
    ['Option,Description,A\nDirection,,benefit\nScale,,rating\nWeight,,lots', { code: 'bad-number', row: 4, column: 3 }],
    ['Option,Description,A\nDirection,,benefit\nScale,,rating\nWeight,,-1', { code: 'weight-range', row: 4, column: 3 }],
    ['Option,Description,A\nDirection,,benefit\nScale,,rating\nWeight,,1\nX,,7', { code: 'rating-range', row: 5, column: 3 }],
    ['Option,Description,A\nDirection,,benefit\nScale,,rating\nWeight,,1\nX,,3\nx ,,2', { code: 'duplicate-option', row: 6, column: 1 }],
    ['Option,Description,A,a\nDirection,,benefit,cost\nScale,,rating,rating\nWeight,,1,1', { code: 'duplicate-criterion', row: 1, column: 4 }],
    ['Option,Description,A\nDirection,,benefit\nScale,,rating\nWeight,,1\n,,3', { code: 'missing-name', row: 5, column: 1 }],
    ['Option,"Description', { code: 'unterminated-quote', row: 1 }],
  ])('refuses %j with a located error', (csv, error) => {
    const result = importMatrixCsv(csv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(error);
  });

  it('enforces its limits', () => {
    expect(importMatrixCsv('x'.repeat(1024 * 1024 + 1))).toEqual({ ok: false, error: { code: 'too-large' } });
    const wide = ['Option,Description,' + Array.from({ length: 51 }, (_, i) => `C${i}`).join(',')].join('\n');
    expect(importMatrixCsv(wide)).toMatchObject({ ok: false, error: { code: 'too-many-criteria' } });
    const tall = ['Option,Description,A', 'Direction,,benefit', 'Scale,,rating', 'Weight,,1', ...Array.from({ length: 101 }, (_, i) => `O${i},,3`)].join('\n');
    expect(importMatrixCsv(tall)).toMatchObject({ ok: false, error: { code: 'too-many-options' } });
    expect(importMatrixCsv(`Option,Description,${'长'.repeat(501)}\nDirection,,benefit\nScale,,rating\nWeight,,1`)).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });
});
