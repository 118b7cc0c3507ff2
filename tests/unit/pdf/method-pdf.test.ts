import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWorkshopPdf } from '../../../renderer/src/export/pdf/export-pdf';
import type { HandoutOptions, PdfImage } from '../../../renderer/src/export/pdf/handout';
import type { PdfResult } from '../../../renderer/src/export/pdf/render-handout';
import { pdfText as chrome } from '../../../renderer/src/export/pdf/strings';
import { chineseMethodWorkshop, mermaidSources } from '../../mocks/chinese-method-workshop';
import { nodeFontSource } from '../../mocks/pdf-fonts';
import { expectInOrder } from './layout-handout';
import { pdfInfo, pdfOutline, pdfPages, pdfText, qpdfCheck, squash, tempDir, writePdf } from './pdf-tools';
import { diagramPng, logoPng } from './png-encode';

/**
 * The handout of a workshop worked through to the end — matrix, ADRs, feasibility, risks,
 * actions, a logo and diagrams (one drawn, one failed, one not drawn) — in both languages and
 * presets, read back with qpdf and poppler.
 */
const variants = [
  { name: 'zh-CN handout', language: 'zh-CN', preset: 'handout' },
  { name: 'zh-CN full', language: 'zh-CN', preset: 'full' },
  { name: 'en handout', language: 'en', preset: 'handout' },
  { name: 'en full', language: 'en', preset: 'full' },
] as const;

const logo: PdfImage = { bytes: logoPng(), format: 'PNG', width: 160, height: 64 };
const diagram: PdfImage = { bytes: diagramPng(), format: 'PNG', width: 480, height: 120 };
const doc = chineseMethodWorkshop({ brokenDiagram: true });
const tmp = tempDir('gw-method-');
const made = new Map<string, { file: string; result: PdfResult; options: HandoutOptions }>();

beforeAll(async () => {
  for (const v of variants) {
    const options: HandoutOptions = {
      language: v.language,
      preset: v.preset,
      paper: 'a4',
      organisation: '华东客服中心',
      marking: '内部资料 · Internal',
      generatedAt: '2026-01-16T10:00:00.000+08:00',
      logo,
      diagrams: [
        { source: mermaidSources.flow, image: diagram },
        { source: mermaidSources.broken, error: 'Parse error on line 2' },
      ],
    };
    const result = await exportWorkshopPdf(doc, options, nodeFontSource);
    made.set(v.name, { file: writePdf(tmp.file(`${v.name.replace(' ', '-')}.pdf`), result.bytes), result, options });
  }
}, 90_000);
afterAll(() => tmp.remove());

const get = (name: string) => {
  const m = made.get(name);
  if (!m) throw new Error(`no PDF for ${name}`);
  return m;
};

/** Images per page, from `pdfimages -list`: page number → count. */
function imagesPerPage(file: string): Map<number, number> {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const pages = new Map<number, number>();
  for (const row of rows) {
    const page = Number(row.trim().split(/\s+/)[0]);
    pages.set(page, (pages.get(page) ?? 0) + 1);
  }
  return pages;
}

describe.each(variants.map((v) => v.name))('the %s PDF of the method boards', (name) => {
  it('passes qpdf --check and has its metadata', () => {
    const { file, result, options } = get(name);
    const check = qpdfCheck(file);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pageCount);
    expect(info.Title).toBe('智能客服落地工作坊');
    expect(info.Author).toBe('华东客服中心');
    expect(info.Creator).toBe('Groundwork');
    expect(info.Subject).toBe(`${chrome(options.language, options.preset === 'full' ? 'kickerFull' : 'kickerHandout')} · 智能客服落地工作坊`);
  });

  it('reads in order: key outcomes, the matrix result and charts, diagrams, ADRs, the verdict, risks and actions', () => {
    const { file, options } = get(name);
    const l = options.language;
    expectInOrder(pdfText(file), [
      chrome(l, 'keyOutcomes'),
      chrome(l, 'recommendedOption'),
      chrome(l, 'verdict.pilot'),
      chrome(l, 'matrixResult'),
      chrome(l, 'totalsChart'),
      'Qwen2.5-72B-Instruct 私有化部署',
      'GLM-4-9B + RAG',
      'DeepSeek-V3 API',
      chrome(l, 'knockedOutShort'),
      chrome(l, 'radarChart'),
      chrome(l, 'sensitivity'),
      chrome(l, 'robust'),
      chrome(l, 'diagramCaption', { n: 1, title: '数据存储与访问' }),
      chrome(l, 'diagramNotDrawn', { n: 2 }),
      chrome(l, 'diagramFailed', { n: 3 }),
      chrome(l, 'architectureDecisions'),
      'ADR-0001',
      '选用 Qwen2.5-72B 私有化部署作为基座模型',
      'ADR-0002',
      '试点阶段只做检索增强，不做微调',
      chrome(l, 'feasibilityCall'),
      chrome(l, 'verdict.pilot'),
      chrome(l, 'pilotPlan'),
      '模型幻觉导致错误承诺',
      '坐席不信任模型答案',
      '备案要求尚不明确',
      chrome(l, 'heatMap'),
      '完成 200 条评测集的标注',
      '上海团队四周试点，对比平均处理时长',
      chrome(l, 'monitoringPlan'),
    ]);
  });

  it('labels every radar axis on the radar’s page', () => {
    const { file, options } = get(name);
    const page = pdfPages(file).map(squash).find((p) => p.includes(squash(chrome(options.language, 'radarChart')))) ?? '';
    const radar = page.slice(page.indexOf(squash(chrome(options.language, 'radarChart'))), page.indexOf(squash(chrome(options.language, 'sensitivity'))));
    for (const axis of ['回答准确率', '数据隐私', '首字延迟', '总体拥有成本']) expect(radar).toContain(axis);
  });

  it('has an outline entry per section, the ADRs after the architecture stage', () => {
    const { file, options } = get(name);
    const l = options.language;
    const stages = doc.stages.map((s, i) => `0${i + 1} ${s.title}`);
    expect(pdfOutline(file).map((o) => o.title)).toEqual([
      chrome(l, 'contents'),
      chrome(l, 'executiveSummary'),
      ...stages.slice(0, 4),
      chrome(l, 'architectureDecisions'),
      ...stages.slice(4),
      ...(options.preset === 'full' ? [chrome(l, 'decisionLog'), chrome(l, 'parkingLot')] : []),
    ]);
    const pages = pdfPages(file).map(squash);
    const adrs = pdfOutline(file).find((o) => o.title === chrome(l, 'architectureDecisions'));
    expect(pages[(adrs?.page ?? 0) - 1]).toContain(squash('ADR-0001'));
  });

  it('embeds the logo once and shows it on the cover and every page, and the diagram as an image', () => {
    const { file, result } = get(name);
    const perPage = imagesPerPage(file);
    for (let page = 1; page <= result.pageCount; page++) expect(perPage.get(page) ?? 0, `page ${page}`).toBeGreaterThanOrEqual(1);
    expect([...perPage.values()].reduce((a, b) => a + b, 0)).toBe(result.pageCount + 1);
    const objects = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((r) => r.trim().split(/\s+/)[10]);
    expect(new Set(objects).size).toBe(2);
  });
});
