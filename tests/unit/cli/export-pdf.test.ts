import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';
import { serializeWorkshop } from '../../../shared/model/codec';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { useTempDirs } from '../../mocks/temp-dir';
import { pdfInfo, pdfText, qpdfCheck, squash } from '../pdf/pdf-tools';

/** `npx groundwork export-pdf …` through the command line's main(), on real files. */
const tempDir = useTempDirs('groundwork-cli-');

function buffered(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => void outLines.push(l), err: (l) => void errLines.push(l) };
}

async function fixture(): Promise<{ dir: string; file: string; text: string }> {
  const dir = await tempDir();
  const file = path.join(dir, '智能客服.groundwork');
  const text = serializeWorkshop(chineseWorkshop());
  await fsp.writeFile(file, text);
  return { dir, file, text };
}

describe('groundwork export-pdf', { timeout: 60_000 }, () => {
  it('writes the handout of a workshop file: a valid PDF with the Chinese content, in the chosen language and preset', async () => {
    const { dir, file } = await fixture();
    const out = path.join(dir, 'handout.pdf');
    const io = buffered();
    const status = await main(['export-pdf', file, '--out', out, '--lang', 'en', '--preset', 'full', '--paper', 'letter', '--marking', '内部资料 · Internal'], io);
    // Warnings name what the PDF could not print; notes (how diagrams were drawn) are tested in export-pdf-diagrams.
    expect(io.errLines.filter((l) => !l.startsWith('note:'))).toEqual(['warning: not in the PDF font, printed as □: 💬']);
    expect(status).toBe(0);
    expect(io.outLines[0]).toMatch(/^.*handout\.pdf: \d+ pages, \d+ KB, en, full, LETTER \(\d+\.\d s\)$/);
    expect(qpdfCheck(out)).toMatchObject({ status: 0 });
    const text = squash(pdfText(out));
    for (const s of ['Full workshop record', '智能客服落地工作坊', 'Executive summary', '新人培训要三个月，遇到冷门产品问题只能找老员工。', 'Parking lot', '内部资料 · Internal']) expect(text).toContain(squash(s));
    expect(pdfInfo(out)['Page size']).toMatch(/^612 x 792 pts/);
    expect((await fsp.readdir(dir)).sort(), 'written atomically: no temp file left').toEqual(['handout.pdf', '智能客服.groundwork']);
  });

  it('defaults to the stakeholder handout, A4, in the workshop’s own language', async () => {
    const { dir, file } = await fixture();
    const out = path.join(dir, 'out.pdf');
    expect(await main(['export-pdf', file, '-o', out], buffered())).toBe(0);
    const text = squash(pdfText(out));
    expect(text).toContain('工作坊讲义');
    expect(text).toContain('执行摘要');
    expect(text).not.toContain('停车场');
    expect(pdfInfo(out)['Page size']).toMatch(/^595\.28 x 841\.89 pts/);
  });

  it('refuses a truncated file with its error code and detail, and writes nothing', async () => {
    const { dir, file, text } = await fixture();
    await fsp.writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const out = path.join(dir, 'out.pdf');
    const io = buffered();
    expect(await main(['export-pdf', file, '--out', out], io)).toBe(1);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toContain(`groundwork export-pdf: ${file} is not a valid workshop file: not-json — `);
    expect(io.errLines[0]).toMatch(/JSON/);
    await expect(fsp.stat(out)).rejects.toThrow('ENOENT');
  });

  it('names the path of an invalid value in a file that is JSON but not a workshop', async () => {
    const { file, text } = await fixture();
    const doc = JSON.parse(text) as { stages: { title: unknown }[] };
    (doc.stages[2] as { title: unknown }).title = 42;
    await fsp.writeFile(file, JSON.stringify(doc));
    const io = buffered();
    expect(await main(['export-pdf', file, '--out', `${file}.pdf`], io)).toBe(1);
    expect(io.errLines[0]).toMatch(/is not a valid workshop file: invalid at stages\.2\.title — /);
  });

  it('exits with the usage on a bad option, and with a clear message on a missing file or an unwritable output', async () => {
    const { dir, file } = await fixture();
    const cases: [string[], number, RegExp][] = [
      [['export-pdf', file, '--out', path.join(dir, 'a.pdf'), '--lang', 'fr'], 2, /--lang must be one of en, zh-CN \(got "fr"\)/],
      [['export-pdf', file, '--out', path.join(dir, 'a.pdf'), '--preset', 'summary'], 2, /--preset must be one of handout, full/],
      [['export-pdf', file], 2, /--out <file\.pdf> is required/],
      [['export-pdf', '--out', path.join(dir, 'a.pdf')], 2, /which workshop file\?/],
      [['export-pdf', file, '--out', path.join(dir, 'a.pdf'), '--colour', 'red'], 2, /Unknown option '--colour'/],
      [['export-pdf', path.join(dir, 'missing.groundwork'), '--out', path.join(dir, 'a.pdf')], 1, /cannot read .*missing\.groundwork: ENOENT/],
      [['export-pdf', file, '--out', path.join(dir, 'no-such-folder', 'a.pdf')], 1, /cannot write .*no-such-folder.*a\.pdf: ENOENT/],
      [['export-pdf', file, '--out', dir], 1, /cannot write .*: it is a folder/],
    ];
    for (const [argv, status, message] of cases) {
      const io = buffered();
      expect(await main(argv, io), argv.join(' ')).toBe(status);
      expect(io.errLines.join('\n'), argv.join(' ')).toMatch(message);
      if (status === 2) expect(io.errLines.at(-1)).toMatch(/^usage: groundwork export-pdf <file\.groundwork> --out <file\.pdf>/);
    }
    expect((await fsp.readdir(dir)).sort()).toEqual(['智能客服.groundwork']);
  });
});
