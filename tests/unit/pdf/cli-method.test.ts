import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import { serializeWorkshop } from '../../../shared/model/codec';
import { chineseMethodWorkshop } from '../../mocks/chinese-method-workshop';
import { useTempDirs } from '../../mocks/temp-dir';
import { pdfText, qpdfCheck, squash } from './pdf-tools';
import { logoPng } from './png-encode';

/**
 * `groundwork export-pdf` on a workshop with every method board: the same handout as the app's,
 * with a logo from --logo. Here without a Chromium to draw Mermaid in (GW_CHROMIUM names none), so
 * each diagram is a labelled placeholder showing its source (export-pdf-diagrams.test.ts draws them).
 */
const tempDir = useTempDirs('groundwork-cli-method-');
const io = (): CliIo & { out: (l: string) => void; lines: string[] } => {
  const lines: string[] = [];
  return { lines, out: (l) => void lines.push(l), err: (l) => void lines.push(l) };
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('groundwork export-pdf with the method boards', { timeout: 60_000 }, () => {
  it('writes the matrix, ADRs, verdict, risks and actions, the logo, and placeholders for the diagrams', async () => {
    vi.stubEnv('GW_CHROMIUM', path.join(process.cwd(), 'no-such-chromium'));
    const dir = await tempDir();
    const file = path.join(dir, '智能客服.groundwork');
    await fsp.writeFile(file, serializeWorkshop(chineseMethodWorkshop({ brokenDiagram: true })));
    const logo = path.join(dir, 'logo.png');
    await fsp.writeFile(logo, logoPng());
    const out = path.join(dir, 'handout.pdf');
    expect(await main(['export-pdf', file, '--out', out, '--logo', logo, '--org', '华东客服中心'], io())).toBe(0);
    expect(qpdfCheck(out)).toMatchObject({ status: 0 });
    const text = squash(pdfText(out));
    for (const s of ['关键结论', '加权总分（占满分的百分比）', 'ADR-0001', '先试点（Pilot）', '可能性 × 影响', '监控计划', '本次导出未绘制图 1', 'graph LR']) expect(text).toContain(squash(s));
    expect(execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length).toBeGreaterThan(1);
  });

  it('refuses a logo that is not a PNG or JPEG, before writing anything', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'w.groundwork');
    await fsp.writeFile(file, serializeWorkshop(chineseMethodWorkshop()));
    const logo = path.join(dir, 'logo.png');
    await fsp.writeFile(logo, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const out = path.join(dir, 'handout.pdf');
    const output = io();
    expect(await main(['export-pdf', file, '--out', out, '--logo', logo], output)).toBe(1);
    expect(output.lines).toEqual([`groundwork export-pdf: --logo ${logo}: not a PNG or JPEG image`]);
    await expect(fsp.access(out)).rejects.toThrow();
  });
});
