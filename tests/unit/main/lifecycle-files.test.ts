import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeWorkshop } from '../../../shared/model/codec';
import { electron, fakeEvent, FakeBrowserWindow, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();
const appPage = 'app://groundwork/index.html';

beforeEach(() => {
  electron.reset();
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(() => {
  // A clean quit, so no marker write outlives the temp folder.
  electron.app.emit('will-quit');
  vi.unstubAllEnvs();
});

async function launchReady() {
  electron.state.userData = await tempDir();
  await import('../../../electron/main/index');
}

const call = (channel: string, arg: unknown = {}) => electron.ipcMain.handlers.get(channel)?.(invokeEvent(appPage), arg);

async function workshopFile(name: string, id: string) {
  const dir = await tempDir();
  const file = path.join(dir, name);
  await fsp.writeFile(file, serializeWorkshop(sampleWorkshop({ id })));
  return file;
}

describe('main process: workshop files in the app lifecycle', () => {
  it('marks the session as running at start and clears the mark on a clean quit', async () => {
    await launchReady();
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    const marker = path.join(electron.state.userData, 'session.json');
    expect(JSON.parse(await fsp.readFile(marker, 'utf8'))).toMatchObject({ workshop: null });
    electron.app.emit('will-quit');
    await expect(fsp.access(marker)).rejects.toThrow();
  });

  it('opens a file double-clicked before the window was ready (macOS open-file)', async () => {
    const file = await workshopFile('双击.groundwork', 'double-clicked');
    await launchReady();
    const event = fakeEvent();
    electron.app.emit('open-file', event, file);
    expect(event.defaultPrevented).toBe(true);
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    expect(await call('files:wait-open')).toMatchObject({ ok: true, value: { doc: { id: 'double-clicked' }, location: { kind: 'file', path: file } } });
  });

  it('a second launch with a file focuses the first window and opens the file there', async () => {
    const file = await workshopFile('second.groundwork', 'second-launch');
    await launchReady();
    electron.makeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    const window = FakeBrowserWindow.instances[0];
    if (window) window.minimized = true;
    const waiting = call('files:wait-open');
    electron.app.emit('second-instance', fakeEvent(), ['/opt/Groundwork/groundwork', '--flag', path.basename(file)], path.dirname(file));
    expect(window?.minimized).toBe(false);
    expect(await waiting).toMatchObject({ ok: true, value: { doc: { id: 'second-launch' } } });
  });
});
