// The child process of crash.test.ts: saves a growing workshop through the real store in a loop,
// printing "saving <v>" before and "ack <v>" after each save, until it is killed.
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import { serializeWorkshop, validateWorkshopText } from '../../../shared/model/codec';
import { growingWorkshop, versionOf } from '../../mocks/growing-workshop';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child <dir>');
const store = createWorkshopStore(dir, { log: () => undefined });
const say = (line: string) => process.stdout.write(`${line}\n`);

const loaded = await store.load('crash-test');
let version = loaded.ok ? versionOf(loaded.value) : 0;
say(`ready ${version}`);
for (;;) {
  version++;
  // The app's save path: the renderer's text, checked in main, written as checked.
  const checked = validateWorkshopText(serializeWorkshop(growingWorkshop(version)));
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  say(`saving ${version}`);
  const saved = await store.saveValidated(checked.value);
  if (!saved.ok) {
    say(`failed ${JSON.stringify(saved.error)}`);
    process.exit(1);
  }
  say(`ack ${version}`);
}
