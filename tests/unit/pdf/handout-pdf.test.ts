import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model/workshop';
import { exportWorkshopPdf } from '../../../renderer/src/export/pdf/export-pdf';
import type { HandoutOptions } from '../../../renderer/src/export/pdf/handout';
import type { PdfResult } from '../../../renderer/src/export/pdf/render-handout';
import { pdfText as chrome } from '../../../renderer/src/export/pdf/strings';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { nodeFontSource } from '../../mocks/pdf-fonts';
import { expectInOrder } from './layout-handout';
import { pdfInfo, pdfLanguage, pdfOutline, pdfPages, pdfText, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';

/**
 * The handout of a realistic Chinese workshop, in both PDF languages and both presets, read back
 * with qpdf and poppler: valid file, metadata, text in reading order, one bookmark per section.
 */
const variants = [
  { name: 'zh-CN handout', language: 'zh-CN', preset: 'handout', paper: 'a4' },
  { name: 'zh-CN full', language: 'zh-CN', preset: 'full', paper: 'a4' },
  { name: 'en handout', language: 'en', preset: 'handout', paper: 'letter' },
  { name: 'en full', language: 'en', preset: 'full', paper: 'a4' },
] as const;

interface Made {
  file: string;
  result: PdfResult;
  options: HandoutOptions;
}

const tmp = tempDir('gw-handout-');
const made = new Map<string, Made>();
let doc: Workshop;

beforeAll(async () => {
  doc = chineseWorkshop();
  for (const v of variants) {
    const options: HandoutOptions = {
      language: v.language,
      preset: v.preset,
      paper: v.paper,
      organisation: '华东客服中心',
      marking: '内部资料 · Internal',
      generatedAt: '2026-01-16T10:00:00.000+08:00',
    };
    const result = await exportWorkshopPdf(doc, options, nodeFontSource);
    made.set(v.name, { file: writePdf(tmp.file(`${v.name.replace(' ', '-')}.pdf`), result.bytes), result, options });
  }
}, 60_000);
afterAll(() => tmp.remove());

const get = (name: string): Made => {
  const m = made.get(name);
  if (!m) throw new Error(`no PDF for ${name}`);
  return m;
};
describe.each(variants.map((v) => v.name))('the %s PDF', (name) => {
  it('passes qpdf --check', () => {
    const check = qpdfCheck(get(name).file);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  it('has its page count, title, author, subject and language in the metadata', () => {
    const { file, result, options } = get(name);
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pageCount);
    expect(result.pageCount).toBeGreaterThanOrEqual(12);
    expect(info.Title).toBe('智能客服落地工作坊');
    expect(info.Author).toBe('华东客服中心');
    expect(info.Subject).toContain(chrome(options.language, options.preset === 'full' ? 'kickerFull' : 'kickerHandout'));
    expect(info['Page size']).toMatch(options.paper === 'letter' ? /^612 x 792 pts/ : /^595\.28 x 841\.89 pts/);
    expect(pdfLanguage(file)).toBe(options.language);
  });

  it('reads in order: cover, contents, summary, then every stage with its Chinese and English content', () => {
    const { file, options } = get(name);
    const l = options.language;
    const text = pdfText(file);
    const stages = doc.stages.map((s) => s.title);
    expectInOrder(text, [chrome(l, options.preset === 'full' ? 'kickerFull' : 'kickerHandout'), '智能客服落地工作坊', '李雷', 'Hanna Schmidt']);
    expectInOrder(text, [chrome(l, 'contents'), chrome(l, 'executiveSummary'), ...stages.map((t, i) => `0${i + 1}${t}`)]);
    expectInOrder(text, [chrome(l, 'executiveSummary'), chrome(l, 'agenda'), ...stages]);
    expectInOrder(text, [
      `01${stages[0]}`,
      chrome(l, 'goal'),
      '明确应用场景、受益人群，以及价值指标的基线与目标。',
      '坐席平均处理时长 6 分钟 → 4 分钟（目标）。',
      '一线客服坐席',
      'Outbound follow-up emails drafted by the model, reviewed by the agent before sending.',
      `02${stages[1]}`,
      '新人培训要三个月，遇到冷门产品问题只能找老员工。',
      `03${stages[2]}`,
      'Qwen2.5-72B-Instruct 私有化部署',
      `04${stages[3]}`,
      'ADR-001：先做检索增强，不做微调',
      `09${stages[8]}`,
      '上海团队四周试点，对比平均处理时长',
    ]);
    expect(text).toContain(chrome(l, 'pageOf', { page: 2, total: get(name).result.pageCount }));
    expect(text.split('内部资料 · Internal').length - 1).toBeGreaterThanOrEqual(2 * (get(name).result.pageCount - 1));
  });

  it('has an outline entry for the contents and for every section, pointing at its page', () => {
    const { file, options } = get(name);
    const l = options.language;
    const outline = pdfOutline(file);
    expect(outline.map((o) => o.title)).toEqual([
      chrome(l, 'contents'),
      chrome(l, 'executiveSummary'),
      ...doc.stages.map((s, i) => `0${i + 1} ${s.title}`),
      ...(options.preset === 'full' ? [chrome(l, 'decisionLog'), chrome(l, 'parkingLot')] : []),
    ]);
    const pages = pdfPages(file).map(squash);
    for (const entry of outline) expect(pages[entry.page - 1], entry.title).toContain(squash(entry.title.replace(/^\d\d /, '')));
  });

  it('shows the emoji it cannot draw as □ and reports it', () => {
    const { file, result } = get(name);
    expect(result.missingGlyphs).toEqual(['💬']);
    expect(pdfText(file)).toContain('“我只想知道退款什么时候到账” □');
  });
});

describe('the presets', () => {
  it('show the facilitator prompts and the parking lot in the full record only', () => {
    const handout = pdfText(get('zh-CN handout').file);
    const full = pdfText(get('zh-CN full').file);
    expect(squash(full)).toContain(squash('今天哪项工作最耗时？'));
    expect(squash(handout)).not.toContain(squash('今天哪项工作最耗时？'));
    expect(squash(full)).toContain(squash('是否需要支持粤语语音？下次工作坊再议。'));
    expect(squash(handout)).not.toContain(squash('是否需要支持粤语语音'));
  });

  it('put the English chrome around the Chinese content in English', () => {
    const text = pdfText(get('en full').file);
    expectInOrder(text, ['Executive summary', 'Agenda', 'Items per stage', 'Top pain points by votes', 'Dot votes', 'Decision log', 'Goal', 'Facilitator prompts']);
    expect(text).not.toContain('执行摘要');
  });
});
