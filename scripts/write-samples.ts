// Writes the sample workshops to samples/ at the repository root, from their builders in shared/samples.
// Run after changing a sample or the template: `node --import tsx scripts/write-samples.ts`.
// A unit test (tests/unit/shared/samples.test.ts) fails when the committed files and the builders differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeWorkshop } from '../shared/model/codec';
import { workshopSchema } from '../shared/model/workshop';
import { sampleWorkshops } from '../shared/samples';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'samples');
mkdirSync(dir, { recursive: true });
for (const sample of sampleWorkshops) {
  const doc = sample.build();
  workshopSchema.parse(doc); // throws on a sample that would not open
  const file = path.join(dir, sample.file);
  writeFileSync(file, serializeWorkshop(doc));
  console.log(`${path.relative(process.cwd(), file)}: ${doc.stages.length} stages`);
}
