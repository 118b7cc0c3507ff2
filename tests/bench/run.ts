// `npm run bench`: speed figures for the file store and the PDF engine, each against a baseline
// measured in the same run on the same machine and disk, merged into tests/bench/results.json.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { filesBench } from './files';
import { pdfBench } from './pdf';
import { benchDir, report } from './results';

async function main(): Promise<void> {
  const dir = path.join(benchDir, 'tmp', `run-${process.pid}`);
  await fsp.mkdir(dir, { recursive: true });
  try {
    const files = await filesBench(dir);
    const pdf = process.env.GW_BENCH_ONLY === 'files' ? { figures: {}, goals: {}, notes: [] } : await pdfBench(dir);
    await report({ ...files.figures, ...pdf.figures }, { ...files.goals, ...pdf.goals });
    for (const note of [...files.notes, ...pdf.notes]) console.log(`  (${note})`);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
