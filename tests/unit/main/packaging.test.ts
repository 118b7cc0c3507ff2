import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { loadConfig } from 'app-builder-lib/out/util/config/load';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './source-scan';

/**
 * electron-builder.yml, checked the way electron-builder itself reads it (its own loader, js-yaml
 * inside) against the JSON schema it ships — the installers cannot be built on this machine.
 */

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;

async function builderConfig(): Promise<{ config: Configuration; configFile: string | null }> {
  const read = await loadConfig<Configuration>({ packageKey: 'build', configFilename: 'electron-builder', projectDir: repoRoot, packageMetadata: null });
  if (!read) throw new Error('electron-builder found no configuration');
  return { config: read.result, configFile: read.configFile };
}

/** The schema as electron-builder compiles it (its `typeof` keyword is unknown to plain ajv), without type coercion. */
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
function schemaErrors(config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Every key anywhere in `value`, with its path. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [`${prefix}${key}`, ...keyPaths(child, `${prefix}${key}.`)]);
}

const targetsOf = (platform: { target?: unknown } | null | undefined): unknown[] =>
  [platform?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder reads (package.json has no "build" key to override it)', async () => {
    const { configFile } = await builderConfig();
    expect(configFile).toBe(path.join(repoRoot, 'electron-builder.yml'));
    expect(packageJson).not.toHaveProperty('build');
  });

  it('matches the JSON schema electron-builder ships, and passes electron-builder’s own validation', async () => {
    const { config } = await builderConfig();
    expect(schemaErrors(config)).toEqual([]);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('(the schema check rejects a misspelt fuse, an unknown option and a wrong type)', async () => {
    const { config } = await builderConfig();
    expect(schemaErrors({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).not.toEqual([]);
    expect(schemaErrors({ ...config, autoUpdate: true })).not.toEqual([]);
    expect(schemaErrors({ ...config, asar: 'yes' })).not.toEqual([]);
  });

  it('names the app Groundwork, packs it into an asar, and targets NSIS, portable, dmg, AppImage and deb', async () => {
    const { config } = await builderConfig();
    expect(config).toMatchObject({ appId: 'io.groundwork.app', productName: 'Groundwork', asar: true });
    expect(config).not.toHaveProperty('asarUnpack');
    expect(targetsOf(config.win)).toEqual(['nsis', 'portable']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
  });

  it('opens *.groundwork files, and registers no URL scheme', async () => {
    const { config } = await builderConfig();
    expect([config.fileAssociations].flat()).toEqual([expect.objectContaining({ ext: 'groundwork', name: 'Groundwork workshop', role: 'Editor' })]);
    expect(config).not.toHaveProperty('protocols');
  });

  it('has a 512 × 512 RGBA PNG icon', async () => {
    const { config } = await builderConfig();
    expect(config.icon).toBe('build/icon.png');
    const png = readFileSync(path.join(repoRoot, config.icon ?? ''));
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24], colourType: png[25] }).toEqual({
      width: 512,
      height: 512,
      bitDepth: 8,
      colourType: 6,
    });
  });

  it('sets every Electron fuse the threat model relies on', async () => {
    const { config } = await builderConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nowhere and has no auto-update, in the file or in the dependencies', async () => {
    const { config } = await builderConfig();
    expect(config.publish).toBeNull();
    const updateKeys = /(^|\.)(publish|releaseInfo|detectUpdateChannel|generateUpdatesFilesForAllChannels|electronUpdaterCompatibility|nsisWeb|squirrelWindows)$/;
    expect(keyPaths(config).filter((key) => updateKeys.test(key))).toEqual(['publish']);
    const dependencies = Object.keys({ ...(packageJson.dependencies as object), ...(packageJson.devDependencies as object) });
    expect(dependencies.filter((name) => /updater|update-electron-app/.test(name))).toEqual([]);
  });
});
