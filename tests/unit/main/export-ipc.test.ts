import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerPdfHandlers } from '../../../electron/main/ipc/export';
import { fontFiles, fontFoldersFor, registerFontHandlers } from '../../../electron/main/ipc/fonts';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import { rendererRootFor } from '../../../electron/main/protocol';
import { maxPdfBytes } from '../../../shared/export/pdf-file';
import type { Channel } from '../../../shared/ipc-channels';
import { electron, FakeBrowserWindow, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

/** The export channels of main: 'fonts:read' (two allowlisted files) and 'pdf:save' (native dialog, atomic write). */
const tempDir = useTempDirs('groundwork-export-');
const appPage = 'app://groundwork/index.html';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const pdf = (text = 'handout') => new TextEncoder().encode(`%PDF-1.3\n${text}\n%%EOF\n`);

beforeEach(() => electron.reset());

function setUp(fontFolders: string[] = [], owner: FakeBrowserWindow | null = null) {
  const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
  registerFontHandlers(registrar, fontFolders);
  registerPdfHandlers(registrar, { owner: () => owner as never });
  return (channel: Channel, arg: unknown, from: string | null = appPage) => electron.ipcMain.handlers.get(channel)?.(invokeEvent(from), arg);
}

describe("'fonts:read'", () => {
  it('returns the bytes of the named face from the built renderer’s fonts folder', async () => {
    const root = await tempDir();
    await fsp.mkdir(path.join(root, 'fonts'));
    await fsp.writeFile(path.join(root, 'fonts', fontFiles.regular), Uint8Array.from([0, 1, 0, 0, 7]));
    await fsp.writeFile(path.join(root, 'fonts', fontFiles.bold), Uint8Array.from([0, 1, 0, 0, 9]));
    const call = setUp(fontFoldersFor(root, undefined));
    expect(await call('fonts:read', { face: 'regular' })).toEqual({ ok: true, value: Uint8Array.from([0, 1, 0, 0, 7]) });
    expect(await call('fonts:read', { face: 'bold' })).toEqual({ ok: true, value: Uint8Array.from([0, 1, 0, 0, 9]) });
  });

  it('reads nothing but the two faces: any other name or extra argument is a bad request', async () => {
    const root = await tempDir();
    await fsp.writeFile(path.join(root, 'secret.txt'), 'secret');
    const call = setUp([root]);
    for (const arg of [{ face: '../secret.txt' }, { face: 'secret.txt' }, { face: 'regular', path: '/etc/passwd' }, { face: 'Regular' }, {}, null]) {
      expect(await call('fonts:read', arg)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await call('fonts:read', { face: 'regular' }, 'https://evil.example/')).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('says which file is missing when the build has no fonts', async () => {
    const call = setUp([path.join(await tempDir(), 'fonts')]);
    expect(await call('fonts:read', { face: 'bold' })).toEqual({ ok: false, error: { code: 'not-found', detail: 'fonts/LXGWWenKai-Bold.ttf' } });
  });

  it('finds the real TrueType fonts next to the main bundle, and the sources only from the dev server', async () => {
    const root = rendererRootFor(path.join(repo, 'out', 'main'));
    expect(fontFoldersFor(root, undefined)).toEqual([path.join(repo, 'out', 'renderer', 'fonts')]);
    const dev = fontFoldersFor(root, 'http://localhost:5173');
    expect(dev[1]).toBe(path.join(repo, 'renderer', 'public', 'fonts'));
    const result = (await setUp([dev[1] ?? ''])('fonts:read', { face: 'regular' })) as { ok: true; value: Uint8Array };
    expect([...result.value.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect(result.value.length).toBeGreaterThan(10_000_000);
  });
});

describe("'pdf:save'", () => {
  it('asks where to save (PDF filter, the suggested name in Documents), then writes the file atomically', async () => {
    const dir = await tempDir();
    const target = path.join(dir, '智能客服落地工作坊 - 讲义.pdf');
    await fsp.writeFile(target, 'an older export');
    electron.dialog.nextSavePath = target;
    const owner = new FakeBrowserWindow({});
    const call = setUp([], owner);
    expect(await call('pdf:save', { bytes: pdf(), suggestedName: '智能客服落地工作坊: 讲义' })).toEqual({ ok: true, value: { path: target } });
    expect(await fsp.readFile(target, 'utf8')).toBe('%PDF-1.3\nhandout\n%%EOF\n');
    expect(await fsp.readdir(dir), 'no temp file left behind').toEqual(['智能客服落地工作坊 - 讲义.pdf']);
    const [shown] = electron.dialog.saveDialogs;
    expect(shown?.parent).toBe(owner);
    expect(shown?.options.defaultPath).toBe(path.join('/nonexistent/documents', '智能客服落地工作坊 讲义.pdf'));
    expect(shown?.options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('answers Cancel in the dialog with cancelled, writing nothing', async () => {
    const call = setUp();
    expect(await call('pdf:save', { bytes: pdf(), suggestedName: 'handout.pdf' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(electron.dialog.saveDialogs).toHaveLength(1);
  });

  it('refuses bytes that are not a PDF, or too large, before any dialog opens', async () => {
    const call = setUp();
    const huge = new Uint8Array(maxPdfBytes + 1);
    huge.set(pdf().subarray(0, 5));
    const bad = [
      { bytes: new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n'), suggestedName: 'handout.pdf' },
      { bytes: new Uint8Array(0), suggestedName: 'handout.pdf' },
      { bytes: 'JVBERi0xLjM=', suggestedName: 'handout.pdf' },
      { bytes: huge, suggestedName: 'handout.pdf' },
      { bytes: pdf(), suggestedName: 'handout.pdf', path: '/etc/cron.d/x' },
      { bytes: pdf(), suggestedName: 'x'.repeat(501) },
    ];
    for (const arg of bad) expect(await call('pdf:save', arg)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('pdf:save', { bytes: pdf(), suggestedName: 'a.pdf' }, 'https://evil.example/')).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(electron.dialog.saveDialogs).toHaveLength(0);
  });

  it('reports a folder it cannot write to as an io error, leaving nothing behind', async () => {
    const dir = await tempDir();
    electron.dialog.nextSavePath = path.join(dir, 'missing-folder', 'handout.pdf');
    const result = await setUp()('pdf:save', { bytes: pdf(), suggestedName: 'handout.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', detail: expect.stringContaining('ENOENT') } });
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});
