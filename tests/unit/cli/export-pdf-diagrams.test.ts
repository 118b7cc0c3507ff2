import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { buildDiagramPage } from '../../../cli/diagram-page/build-plugin';
import { findChromium, findDiagramPage } from '../../../cli/diagrams/chromium-diagrams';
import { main } from '../../../cli/main';
import { useTempDirs } from '../../mocks/temp-dir';
import { pdfText, qpdfCheck, squash } from '../pdf/pdf-tools';

/**
 * `groundwork export-pdf` draws the notes' Mermaid diagrams in headless Chromium (the app's own
 * renderer in out/cli/diagram-page); without Chromium it prints placeholders and says so.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const sample = path.join(root, 'samples', '智能客服落地.groundwork');
const tempDir = useTempDirs('groundwork-diagrams-');
const chromium = findChromium();

function buffered(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => void outLines.push(l), err: (l) => void errLines.push(l) };
}

/** The images of a PDF as `pdfimages -list` reports them: page, width, height. */
function images(file: string): { page: number; width: number; height: number }[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const [page, , , width, height] = line.trim().split(/\s+/);
    return { page: Number(page), width: Number(width), height: Number(height) };
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('groundwork export-pdf: diagrams', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    // The page is made by `npm run build:cli`; a fresh checkout builds it here.
    if (chromium && !findDiagramPage()) await buildDiagramPage(path.join(root, 'out', 'cli'));
  }, 120_000);

  it.skipIf(!chromium)('draws each Mermaid diagram as an image, through headless Chromium', async () => {
    const out = path.join(await tempDir(), 'handout.pdf');
    const io = buffered();
    expect(await main(['export-pdf', sample, '--out', out, '--lang', 'zh-CN'], io)).toBe(0);
    expect(io.errLines).toEqual([]);
    expect(qpdfCheck(out).status).toBe(0);
    const drawn = images(out);
    expect(drawn).toHaveLength(2);
    for (const image of drawn) expect(image.width * image.height).toBeGreaterThan(200 * 100);
    expect(squash(pdfText(out))).not.toContain(squash('本次导出未绘制图'));
  });

  it('falls back to labelled placeholders, and says why, when there is no Chromium', async () => {
    vi.stubEnv('GW_CHROMIUM', path.join(root, 'no-such-chromium'));
    const out = path.join(await tempDir(), 'handout.pdf');
    const io = buffered();
    expect(await main(['export-pdf', sample, '--out', out, '--lang', 'zh-CN'], io)).toBe(0);
    expect(io.errLines).toEqual(['note: no Chromium found (set GW_CHROMIUM to its path, or install /usr/bin/chromium): the 2 diagrams are placeholders showing the Mermaid source']);
    expect(qpdfCheck(out).status).toBe(0);
    expect(images(out)).toEqual([]);
    expect(squash(pdfText(out))).toContain(squash('本次导出未绘制图 1'));
  });
});
