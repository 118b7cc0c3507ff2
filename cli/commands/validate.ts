import { countWorkshop } from '../../shared/model/summary';
import { SCHEMA_VERSION } from '../../shared/model/workshop';
import type { CliCommand, CliIo } from '../command';
import { errorText } from '../error-text';
import { readWorkshop } from '../read-workshop';

/**
 * Checks workshop files exactly as the app reads them: size limit, UTF-8, JSON, structure (depth,
 * prototype keys), migration, schema. Exit 0 when every file opens (a file from a newer version
 * opens read-only, and says so), 1 when one does not, 2 for a usage error.
 */
async function validateOne(file: string, io: CliIo): Promise<boolean> {
  const decoded = await readWorkshop(file);
  if (!decoded.ok) {
    io.err(`${file}: ${errorText(decoded.error)}`);
    return false;
  }
  const { doc, fromVersion } = decoded.value;
  const counts = countWorkshop(doc);
  io.out(`${file}: ok — “${doc.title}”`);
  io.out(`  id ${doc.id}, content language ${doc.language}, last change ${doc.updatedAt}`);
  io.out(`  ${counts.stages} stages, ${counts.cards} cards, ${counts.items} items in all, ${doc.participants.length} participants`);
  if (fromVersion < SCHEMA_VERSION) io.out(`  file version ${fromVersion}: upgraded to version ${SCHEMA_VERSION} when the app saves it (the original is kept in its history)`);
  else if (fromVersion > SCHEMA_VERSION) io.out(`  file version ${fromVersion}, newer than this app (${SCHEMA_VERSION}): it opens read-only, and fields this version does not know are not shown`);
  else io.out(`  file version ${fromVersion}`);
  return true;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check workshop files as the app reads them; exit 0 if all open, 1 if one does not',
  usage: 'validate <file.groundwork> [more files…]',
  async run(args, io) {
    const files = args.filter((a) => !a.startsWith('-'));
    const flags = args.filter((a) => a.startsWith('-'));
    if (files.length === 0 || flags.length > 0) {
      io.err(flags.length > 0 ? `groundwork validate: unknown option ${flags[0]}` : 'groundwork validate: which file? (give one or more .groundwork files)');
      io.err(`usage: groundwork ${this.usage}`);
      return 2;
    }
    let good = 0;
    for (const file of files) if (await validateOne(file, io)) good++;
    if (files.length > 1) io.out(`${good} of ${files.length} files open in Groundwork`);
    return good === files.length ? 0 : 1;
  },
};
