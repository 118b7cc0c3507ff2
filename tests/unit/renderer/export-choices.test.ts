import { describe, expect, it } from 'vitest';
import { defaultExportSettings } from '../../../shared/export/export-settings';
import { pdfFileName } from '../../../shared/export/pdf-file';
import type { PdfExporter } from '../../../renderer/src/export/pdf/pdf-exporter';
import type { HandoutOptions } from '../../../renderer/src/export/pdf/handout';
import type { ExportChoices } from '../../../renderer/src/features/export/export-choices';
import { canExport, initialChoices, sectionChoices, suggestedFileName, toHandoutOptions, toSettings, withSection } from '../../../renderer/src/features/export/export-choices';
import { runExport } from '../../../renderer/src/features/export/run-export';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import type { Host } from '../../../renderer/src/host/types';
import { fail, ok } from '../../../shared/result';
import { chineseWorkshop } from '../../mocks/chinese-workshop';

/** The export dialog's logic without the dialog: choices → the PDF engine's options, and one export run. */
const doc = chineseWorkshop();
const names = { summary: 'Executive summary', adrs: 'Architecture decisions', decisions: 'Decision log', parkingLot: 'Parking lot' };
const choices: ExportChoices = { ...defaultExportSettings, language: 'zh-CN', organisation: '  华东客服中心 ', marking: '内部资料 · Internal' };

describe('export choices', () => {
  it('start from the remembered settings, in the UI language until a PDF language was chosen', () => {
    expect(initialChoices(defaultExportSettings, 'zh-CN')).toEqual({ ...defaultExportSettings, language: 'zh-CN' });
    expect(initialChoices({ ...defaultExportSettings, language: 'en' }, 'zh-CN').language).toBe('en');
  });

  it('become the PDF engine’s options: trimmed texts, blank ones left out', () => {
    expect(toHandoutOptions(doc, choices, '2026-01-16T16:40:00+08:00')).toEqual({
      preset: 'handout',
      language: 'zh-CN',
      paper: 'a4',
      organisation: '华东客服中心',
      marking: '内部资料 · Internal',
      generatedAt: '2026-01-16T16:40:00+08:00',
    });
    expect(toHandoutOptions(doc, { ...choices, organisation: ' ', marking: '', paper: 'letter', preset: 'full' })).toEqual({ preset: 'full', language: 'zh-CN', paper: 'letter' });
  });

  it('offer one checkbox per section of the preset, and leave out the unticked ones (of this workshop only)', () => {
    const handout = sectionChoices(doc, choices, 'en', (k) => names[k]);
    expect(handout.map((s) => s.label)).toEqual(['Executive summary', ...doc.stages.map((s, i) => `0${i + 1} ${s.title}`)]);
    expect(handout.every((s) => s.included)).toBe(true);
    const full = { ...choices, preset: 'full' as const };
    expect(sectionChoices(doc, full, 'en', (k) => names[k]).slice(-2).map((s) => s.label)).toEqual(['Decision log', 'Parking lot']);

    const third = `stage:${doc.stages[2]?.id}`;
    const fewer = withSection(withSection({ ...full, excludedSections: ['stage:from-another-workshop'] }, third, false), 'parkingLot', false);
    expect(sectionChoices(doc, fewer, 'en', (k) => names[k]).filter((s) => !s.included).map((s) => s.key)).toEqual([third, 'parkingLot']);
    expect(toHandoutOptions(doc, fewer).excludedSections).toEqual([third, 'parkingLot']);
    expect(withSection(fewer, third, true).excludedSections).toEqual(['stage:from-another-workshop', 'parkingLot']);
  });

  it('cannot export with every section unticked', () => {
    expect(canExport(doc, choices)).toBe(true);
    const none = sectionChoices(doc, choices, 'en', (k) => names[k]).reduce((c, s) => withSection(c, s.key, false), choices);
    expect(canExport(doc, none)).toBe(false);
    expect(canExport(doc, { ...none, preset: 'full' }), 'the full record still has its logs').toBe(true);
  });

  it('are remembered within the settings’ limits', () => {
    const long = { ...choices, marking: '密'.repeat(300), excludedSections: Array.from({ length: 250 }, (_, i) => `stage:${i}`) };
    const saved = toSettings(long);
    expect(saved.marking).toHaveLength(200);
    expect(saved.excludedSections).toHaveLength(200);
    expect(saved.excludedSections.at(-1)).toBe('stage:249');
    expect(saved.language).toBe('zh-CN');
  });

  it('suggest a file name from the title and the kind of document, safe on every file system', () => {
    expect(suggestedFileName(doc, choices)).toBe('智能客服落地工作坊 - 工作坊讲义.pdf');
    expect(suggestedFileName(doc, { ...choices, language: 'en', preset: 'full' })).toBe('智能客服落地工作坊 - Full workshop record.pdf');
    expect(suggestedFileName({ ...doc, title: 'Q3: LLM/RAG <pilot>?' }, { ...choices, language: 'en' })).toBe('Q3 LLM RAG pilot - Workshop handout.pdf');
    expect(pdfFileName('  ..  ')).toBe('handout.pdf');
    expect(pdfFileName('CON')).toBe('_CON.pdf');
    expect(pdfFileName('report.PDF')).toBe('report.pdf');
  });
});

describe('one export run', () => {
  const made = { bytes: new TextEncoder().encode('%PDF-1.3\n%%EOF\n'), pageCount: 14, missingGlyphs: ['💬'] };
  const exporter = (impl: PdfExporter['exportPdf']): PdfExporter & { calls: HandoutOptions[] } => {
    const calls: HandoutOptions[] = [];
    return { calls, warm: () => undefined, dispose: () => undefined, exportPdf: (d, o, h) => (calls.push(o), impl(d, o, h)) };
  };
  const saving = (savePdf: Host['savePdf']): Host => ({ ...createMemoryHost(), savePdf });

  it('makes the PDF with the chosen options and saves it under the suggested name, reporting the missing characters', async () => {
    const saved: { suggestedName: string; size: number }[] = [];
    const host = saving(async ({ bytes, suggestedName }) => (saved.push({ suggestedName, size: bytes.length }), ok({ path: `/home/facilitator/${suggestedName}` })));
    const run = exporter(async (_d, _o, hooks) => (hooks?.onProgress?.(1, 2), made));
    const steps: number[] = [];
    const outcome = await runExport({ host, exporter: run, doc, choices, onProgress: (done) => steps.push(done) });
    expect(outcome).toEqual({ kind: 'saved', path: '/home/facilitator/智能客服落地工作坊 - 工作坊讲义.pdf', pageCount: 14, missingGlyphs: ['💬'] });
    expect(saved).toEqual([{ suggestedName: '智能客服落地工作坊 - 工作坊讲义.pdf', size: made.bytes.length }]);
    expect(run.calls[0]).toMatchObject({ language: 'zh-CN', marking: '内部资料 · Internal' });
    expect(steps).toEqual([1]);
  });

  it('tells a cancelled save dialog, a cancelled export, a failed export and a failed save apart', async () => {
    const fine = exporter(async () => made);
    expect(await runExport({ host: saving(async () => ok({ cancelled: true })), exporter: fine, doc, choices })).toEqual({ kind: 'not-saved', pageCount: 14, missingGlyphs: ['💬'] });
    expect(await runExport({ host: saving(async () => fail('io', { detail: 'EACCES: permission denied' })), exporter: fine, doc, choices })).toEqual({ kind: 'failed', detail: 'io: EACCES: permission denied' });

    const controller = new AbortController();
    const slow = exporter((_d, _o, hooks) => new Promise((_resolve, reject) => hooks?.signal?.addEventListener('abort', () => reject(hooks.signal?.reason))));
    const running = runExport({ host: saving(async () => ok({ path: 'never' })), exporter: slow, doc, choices, signal: controller.signal });
    controller.abort(new Error('cancelled'));
    expect(await running).toEqual({ kind: 'cancelled' });

    const broken = exporter(async () => Promise.reject(new Error('the PDF worker stopped: it could not be started')));
    expect(await runExport({ host: saving(async () => ok({ path: 'never' })), exporter: broken, doc, choices })).toEqual({ kind: 'failed', detail: 'the PDF worker stopped: it could not be started' });
  });

  it('is refused by the memory host, which has nowhere to save a PDF', async () => {
    const outcome = await runExport({ host: createMemoryHost(), exporter: exporter(async () => made), doc, choices });
    expect(outcome).toEqual({ kind: 'failed', detail: 'bad-request: no place to save a PDF' });
    expect(await createMemoryHost().readFont({ face: 'regular' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
