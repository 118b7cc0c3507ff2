import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import en from '../../../renderer/src/i18n/en.json';
import { serializeWorkshop } from '../../../shared/model/codec';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';

/** `npx groundwork validate <file>` through the command line's main(), on fixture files. */
const tempDir = useTempDirs('groundwork-cli-');
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

function buffered(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => void outLines.push(l), err: (l) => void errLines.push(l) };
}

async function validate(...args: string[]) {
  const io = buffered();
  const status = await main(['validate', ...args], io);
  return { status, out: io.outLines.join('\n'), err: io.errLines.join('\n') };
}

describe('groundwork validate', () => {
  it('exits 0 with a summary for a good file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '智能客服.groundwork');
    await fsp.writeFile(file, serializeWorkshop(sampleWorkshop({ itemsPerStage: 3 })));
    const { status, out, err } = await validate(file);
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).toContain(`${file}: ok — “智能客服落地工作坊”`);
    expect(out).toMatch(/9 stages, \d+ cards, \d+ items in all, 2 participants/);
    expect(out).toContain(`file version ${SCHEMA_VERSION}`);
  });

  it('accepts an older file and says it is upgraded on save', async () => {
    const { status, out } = await validate(fixture('workshop-v1.groundwork'));
    expect(status).toBe(0);
    expect(out).toContain(`file version 1: upgraded to version ${SCHEMA_VERSION}`);
  });

  it.each([
    ['truncated.groundwork', en.errors['not-json']],
    ['wrong-type.groundwork', `${en.errors.invalid} at title (`],
    ['prototype-key.groundwork', `${en.errors.invalid} at __proto__ (forbidden key "__proto__")`],
    ['not-utf8.groundwork', `${en.errors['not-json']} (the file is not UTF-8 text)`],
    ['newer-reshaped.groundwork', `${en.errors['newer-version']} at schemaVersion (file version 99, app version ${SCHEMA_VERSION})`],
  ])('exits 1 for invalid/%s with the message the app shows', async (name, message) => {
    const file = fixture(`invalid/${name}`);
    const { status, out, err } = await validate(file);
    expect(status).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${file}: ${message}`);
  });

  it('checks several files and fails if one fails; reports a missing file; exits 2 on usage errors', async () => {
    const several = await validate(fixture('workshop-v1.groundwork'), fixture('invalid/truncated.groundwork'));
    expect(several.status).toBe(1);
    expect(several.out).toContain('1 of 2 files open in Groundwork');
    const missing = await validate('/no/such/file.groundwork');
    expect(missing).toMatchObject({ status: 1, err: expect.stringContaining(en.errors['not-found']) });
    expect((await validate()).status).toBe(2);
    expect((await validate('--strict', 'x.groundwork')).status).toBe(2);
  });

  it('is listed in the help', async () => {
    const io = buffered();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.outLines.join('\n')).toContain('validate <file.groundwork>');
  });
});
