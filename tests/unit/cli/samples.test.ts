import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import { sampleWorkshops } from '../../../shared/samples';
import { useTempDirs } from '../../mocks/temp-dir';
import { pdfText, qpdfCheck, squash } from '../pdf/pdf-tools';

/** The shipped sample files through the command line: they validate, and their handouts export. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const tempDir = useTempDirs('groundwork-samples-');

function buffered(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => void outLines.push(l), err: (l) => void errLines.push(l) };
}

describe.each(sampleWorkshops.map((s) => [s.file, s] as const))('samples/%s', { timeout: 90_000 }, (file, sample) => {
  const input = path.join(root, 'samples', file);

  it('validates', async () => {
    const io = buffered();
    expect(await main(['validate', input], io)).toBe(0);
    expect(io.errLines).toEqual([]);
    expect(io.outLines.join('\n')).toMatch(/: ok — .*9 stages/s);
  });

  it('exports the full record as a PDF other tools read, with every glyph in the font', async () => {
    const out = path.join(await tempDir(), 'handout.pdf');
    const io = buffered();
    expect(await main(['export-pdf', input, '--out', out, '--preset', 'full'], io)).toBe(0);
    expect(io.errLines, 'no character printed as □').toEqual([]);
    expect(qpdfCheck(out).status).toBe(0);
    const doc = sample.build();
    const text = squash(pdfText(out));
    expect(text).toContain(squash(doc.title));
    expect(text).toContain(squash(doc.adrs[0]!.title));
  });

  // The built command line (`npm run build:cli`), as a user runs it.
  const built = existsSync(path.join(root, 'out', 'cli', 'index.mjs'));
  it.skipIf(!built)('validates with bin/groundwork.mjs (skipped when out/cli is not built)', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'groundwork.mjs'), 'validate', input], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
