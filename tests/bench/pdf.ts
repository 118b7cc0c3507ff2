// PDF figures for `npm run bench`: jsPDF (with the patched subsetter) against Chromium's own
// print-to-PDF of the same content in the same font, both measured here, in the same run.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { buildHandout } from '../../renderer/src/export/pdf/build-handout';
import type { Handout, HandoutOptions } from '../../renderer/src/export/pdf/handout';
import { renderHandout } from '../../renderer/src/export/pdf/render-handout';
import { chineseWorkshop } from '../mocks/chinese-workshop';
import { distinctChineseCharacters, fontFiles, nodeFonts } from '../mocks/pdf-fonts';
import { fontFaceCss, handoutHtml, headerFooter } from './handout-html';

export interface PdfFigure {
  value: number;
  unit: 'ms' | 'bytes';
  baseline: number;
  ratio: number;
}

const runs = 5;
const options: HandoutOptions = { language: 'zh-CN', preset: 'full', paper: 'a4', organisation: '华东客服中心', marking: '内部资料 · Internal', generatedAt: '2026-01-16T10:00:00.000+08:00' };
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const round = (n: number): number => Math.round(n * 100) / 100;

/** One section of paragraphs holding `chars`, 40 to a paragraph. */
function glyphHandout(chars: string[]): Handout {
  const base = buildHandout(chineseWorkshop(), options);
  const paragraphs = Array.from({ length: Math.ceil(chars.length / 40) }, (_, i) => chars.slice(i * 40, i * 40 + 40).join(''));
  return { ...base, cover: { ...base.cover, participants: [] }, sections: [{ key: 'glyphs', title: '3,000 个汉字', blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) }] };
}

/** Chromium's print-to-PDF of the handout as HTML: new page, load (fonts included), print. */
async function chromiumPdf(browser: Browser, handout: Handout, dir: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const file = path.join(dir, 'handout.html');
  const fonts = fontFaceCss(pathToFileURL(fontFiles.regular).href, pathToFileURL(fontFiles.bold).href);
  await fsp.writeFile(file, handoutHtml(handout, fonts));
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: true, ...headerFooter(handout), margin: { top: '1in', bottom: '0.944in', left: '0.861in', right: '0.861in' } });
    return { ms: performance.now() - start, bytes: pdf.length };
  } finally {
    await page.close();
  }
}

function jspdfPdf(make: () => Handout): { ms: number; bytes: number; pages: number } {
  const fonts = nodeFonts();
  const start = performance.now();
  const result = renderHandout(make(), fonts);
  return { ms: performance.now() - start, bytes: result.bytes.length, pages: result.pageCount };
}

export interface PdfBench {
  figures: Record<string, PdfFigure>;
  goals: Record<string, string>;
  notes: string[];
}

export async function pdfBench(tmpDir: string): Promise<PdfBench> {
  const dir = path.join(tmpDir, 'pdf');
  await fsp.mkdir(dir, { recursive: true });
  const chars = distinctChineseCharacters(3000);
  const glyphs = glyphHandout(chars);
  const workshop = chineseWorkshop({ repeat: 3 });
  const handout20 = () => buildHandout(workshop, options);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs, headless: true });
  try {
    const measure = async (make: () => Handout) => {
      jspdfPdf(make);
      await chromiumPdf(browser, make(), dir);
      const ours: ReturnType<typeof jspdfPdf>[] = [];
      const theirs: { ms: number; bytes: number }[] = [];
      for (let i = 0; i < runs; i++) {
        ours.push(jspdfPdf(make));
        theirs.push(await chromiumPdf(browser, make(), dir));
      }
      return { ours, theirs };
    };
    const g = await measure(() => glyphs);
    const h = await measure(handout20);
    const figure = (value: number, baseline: number, unit: PdfFigure['unit']): PdfFigure => ({ value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) });
    return {
      figures: {
        'pdf.glyphs3000.ms': figure(median(g.ours.map((r) => r.ms)), median(g.theirs.map((r) => r.ms)), 'ms'),
        'pdf.handout20.ms': figure(median(h.ours.map((r) => r.ms)), median(h.theirs.map((r) => r.ms)), 'ms'),
        'pdf.handout20.bytes': figure(h.ours[0]?.bytes ?? 0, h.theirs[0]?.bytes ?? 0, 'bytes'),
      },
      goals: {
        'pdf.glyphs3000.ms': 'ratio <= 1.0; baseline: Chromium print-to-PDF of the same 3,000 characters, same font',
        'pdf.handout20.ms': 'ratio <= 1.0 and value <= 1000 ms; baseline: Chromium print-to-PDF of the handout as HTML',
        'pdf.handout20.bytes': 'value <= 300 KB and ratio <= 0.2; baseline: the Chromium PDF',
      },
      notes: [
        `glyphs3000: ${g.ours[0]?.pages} pages, ${Math.round((g.ours[0]?.bytes ?? 0) / 1024)} KB (Chromium ${Math.round((g.theirs[0]?.bytes ?? 0) / 1024)} KB)`,
        `handout20: ${h.ours[0]?.pages} pages; ${runs} runs each, medians; fonts already in memory, parsed per document`,
      ],
    };
  } finally {
    await browser.close();
  }
}
