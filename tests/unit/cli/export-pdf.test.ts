import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';
import en from '../../../renderer/src/i18n/en.json';
import { serializeWorkshop } from '../../../shared/model/codec';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { useTempDirs } from '../../mocks/temp-dir';
import { logoPng } from '../pdf/png-encode';
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

  it('refuses a truncated file with the message the app shows, and writes nothing', async () => {
    const { dir, file, text } = await fixture();
    await fsp.writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const out = path.join(dir, 'out.pdf');
    const io = buffered();
    expect(await main(['export-pdf', file, '--out', out], io)).toBe(1);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toContain(`groundwork export-pdf: ${file}: ${en.errors['not-json']} (`);
    expect(io.errLines[0]).not.toMatch(/not-json —/);
    await expect(fsp.stat(out)).rejects.toThrow('ENOENT');
  });

  it('names the path of an invalid value in a file that is JSON but not a workshop', async () => {
    const { file, text } = await fixture();
    const doc = JSON.parse(text) as { stages: { title: unknown }[] };
    (doc.stages[2] as { title: unknown }).title = 42;
    await fsp.writeFile(file, JSON.stringify(doc));
    const io = buffered();
    expect(await main(['export-pdf', file, '--out', `${file}.pdf`], io)).toBe(1);
    expect(io.errLines[0]).toContain(`groundwork export-pdf: ${file}: ${en.errors.invalid} at stages.2.title (`);
  });

  it('accepts and refuses exactly the files validate does, with the same messages', async () => {
    const { dir, text } = await fixture();
    const utf8 = Buffer.from(text);
    const at = utf8.indexOf(Buffer.from('智能客服'));
    const files: Record<string, Buffer | 'folder'> = {
      // Latin-1 and a stray byte: validate refuses them; export-pdf used to print them with □.
      'latin1.groundwork': Buffer.from(text.replace('智能客服落地工作坊', 'Café'), 'latin1'),
      'bad-byte.groundwork': Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at + 1)]),
      // Two BOMs: validate (and the app) accept it; export-pdf used to call it not JSON.
      'two-boms.groundwork': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8]),
      // From a newer app: opens read-only, so its PDF can be made too (export-pdf used to refuse it).
      'newer.groundwork': Buffer.from(text.replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${SCHEMA_VERSION + 1}`)),
      'reshaped-newer.groundwork': Buffer.from(text.replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${SCHEMA_VERSION + 1}`).replace('"stages"', '"boards"')),
      'a-folder.groundwork': 'folder',
    };
    for (const [name, bytes] of Object.entries(files)) {
      if (bytes === 'folder') await fsp.mkdir(path.join(dir, name));
      else await fsp.writeFile(path.join(dir, name), bytes);
    }
    const outcomes: Record<string, [number, number]> = {};
    for (const name of [...Object.keys(files), 'missing.groundwork']) {
      const file = path.join(dir, name);
      const validate = buffered();
      const exported = buffered();
      const out = path.join(dir, `${name}.pdf`);
      outcomes[name] = [await main(['validate', file], validate), await main(['export-pdf', file, '--out', out], exported)];
      if (outcomes[name][0] === 0) {
        expect((await fsp.stat(out)).size, name).toBeGreaterThan(1000);
        // Decoded losslessly: no U+FFFD for a byte that was not UTF-8 (the fixture's 💬 is the font's one gap).
        expect(exported.errLines.join('\n'), name).not.toContain('\uFFFD');
      } else {
        expect(exported.errLines, name).toEqual(validate.errLines.map((line) => `groundwork export-pdf: ${line}`));
        await expect(fsp.stat(out), name).rejects.toThrow('ENOENT');
      }
    }
    expect(outcomes).toEqual({
      'latin1.groundwork': [1, 1],
      'bad-byte.groundwork': [1, 1],
      'two-boms.groundwork': [0, 0],
      'newer.groundwork': [0, 0],
      'reshaped-newer.groundwork': [1, 1],
      'a-folder.groundwork': [1, 1],
      'missing.groundwork': [1, 1],
    });
  });

  it('says when the workshop comes from a newer version, whose unknown fields are not in the PDF', async () => {
    const { dir, file, text } = await fixture();
    await fsp.writeFile(file, text.replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${SCHEMA_VERSION + 1}`));
    const io = buffered();
    expect(await main(['export-pdf', file, '--out', path.join(dir, 'newer.pdf')], io)).toBe(0);
    expect(io.errLines).toContain(`note: ${file} is file version ${SCHEMA_VERSION + 1}, newer than this app (${SCHEMA_VERSION}): fields this version does not know are not in the PDF`);
  });

  it('never writes the PDF over its input: the workshop file (by any path to it) or the logo', async () => {
    const { dir, file, text } = await fixture();
    const asJson = path.join(dir, 'workshop.json');
    await fsp.writeFile(asJson, text);
    await fsp.symlink(asJson, path.join(dir, 'link.pdf'));
    await fsp.link(asJson, path.join(dir, 'hard.pdf'));
    await fsp.mkdir(path.join(dir, 'sub'));
    const logo = path.join(dir, 'logo.png');
    await fsp.writeFile(logo, logoPng());
    const before = await fsp.readdir(dir);
    const cases: [string, string[], number, RegExp][] = [
      ['the same path', [file, '--out', file], 2, /--out .* is a workshop file/],
      ['a .groundwork name', [file, '--out', path.join(dir, 'copy.groundwork')], 2, /--out .*copy\.groundwork is a workshop file: give a \.pdf file name/],
      ['a template name, any case', [file, '--out', path.join(dir, 'copy.Groundwork-Template')], 2, /is a workshop file/],
      ['another spelling of the input', [asJson, '--out', path.join(dir, 'sub', '..', 'workshop.json')], 1, /--out .* is the workshop file itself/],
      ['a symbolic link to the input', [asJson, '--out', path.join(dir, 'link.pdf')], 1, /--out .*link\.pdf is the workshop file itself/],
      ['a hard link to the input', [asJson, '--out', path.join(dir, 'hard.pdf')], 1, /--out .*hard\.pdf is the workshop file itself/],
      ['the logo', [file, '--logo', logo, '--out', logo], 1, /--out .*logo\.png is the logo file itself/],
    ];
    for (const [label, args, status, message] of cases) {
      const io = buffered();
      expect(await main(['export-pdf', ...args], io), label).toBe(status);
      expect(io.errLines[0], label).toMatch(message);
    }
    expect(await fsp.readFile(file, 'utf8')).toBe(text);
    expect(await fsp.readFile(asJson, 'utf8')).toBe(text);
    expect(await fsp.readFile(logo)).toEqual(Buffer.from(logoPng()));
    expect((await fsp.readdir(dir)).sort()).toEqual(before.sort());
  });

  it('exits with the usage on a bad option, and with a clear message on a missing file or an unwritable output', async () => {
    const { dir, file } = await fixture();
    const cases: [string[], number, RegExp][] = [
      [['export-pdf', file, '--out', path.join(dir, 'a.pdf'), '--lang', 'fr'], 2, /--lang must be one of en, zh-CN \(got "fr"\)/],
      [['export-pdf', file, '--out', path.join(dir, 'a.pdf'), '--preset', 'summary'], 2, /--preset must be one of handout, full/],
      [['export-pdf', file], 2, /--out <file\.pdf> is required/],
      [['export-pdf', '--out', path.join(dir, 'a.pdf')], 2, /which workshop file\?/],
      [['export-pdf', file, '--out', path.join(dir, 'a.pdf'), '--colour', 'red'], 2, /Unknown option '--colour'/],
      [['export-pdf', path.join(dir, 'missing.groundwork'), '--out', path.join(dir, 'a.pdf')], 1, /missing\.groundwork: The workshop was not found\. It may have been deleted\. \(ENOENT/],
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
