import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtomicWriteIo } from '../../../electron/main/store/atomic-write';
import { nodeIo } from '../../../electron/main/store/atomic-write';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import { registerWorkshopHandlers } from '../../../electron/main/ipc/workshops';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import en from '../../../renderer/src/i18n/en.json';
import zhCN from '../../../renderer/src/i18n/zh-CN.json';
import { createElectronHost } from '../../../renderer/src/host/electron';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { parseWorkshopText } from '../../../shared/model/codec';
import { electron } from '../../mocks/electron';
import { apiFromHandlers } from '../../mocks/ipc-api';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();
beforeEach(() => electron.reset());

type Fault = { code: 'ENOSPC' | 'EACCES' | 'EROFS'; at: 'write' | 'open' | 'rename' } | null;

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The real file operations, with one of them failing like a full, locked or read-only disk would. */
function faultyIo(fault: () => Fault): AtomicWriteIo {
  return {
    ...nodeIo,
    async open(file, flags) {
      const f = fault();
      if (f?.at === 'open' && String(file).endsWith('.tmp')) throw errno(f.code);
      const handle = await nodeIo.open(file, flags);
      if (f?.at !== 'write') return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') return () => Promise.reject(errno(f.code));
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    async rename(from, to) {
      const f = fault();
      if (f?.at === 'rename') throw errno(f.code);
      return nodeIo.rename(from, to);
    },
  };
}

describe.each([
  { code: 'ENOSPC', at: 'write', message: 'disk-full' },
  { code: 'EACCES', at: 'open', message: 'no-permission' },
  { code: 'EROFS', at: 'rename', message: 'read-only-fs' },
] as const)('a save failing with $code (at $at)', ({ code, at, message }) => {
  it('keeps the work in memory, says why, retries, and leaves the previous file intact', async () => {
    const dir = await tempDir();
    let fault: Fault = null;
    const store = createWorkshopStore(dir, { io: faultyIo(() => fault), log: () => undefined });
    const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
    registerWorkshopHandlers(registrar, store);
    const app = createAppStore(createElectronHost(apiFromHandlers()), 'en', { debounceMs: 5, maxWaitMs: 10 });

    await app.getState().createWorkshop({ template: 'llm-landing', title: 'Before the fault', language: 'en' });
    const id = app.getState().doc?.id ?? '';
    const file = path.join(dir, `${id}.groundwork`);
    const before = await fsp.readFile(file);

    fault = { code, at };
    app.getState().dispatch({ type: 'workshop/rename', title: 'Typed while the disk failed' });
    await vi.waitFor(() => expect(app.getState().save.state).toBe('failed'), { timeout: 10_000 });
    const save = app.getState().save;
    expect(save.state === 'failed' && save.error.code).toBe(message);
    expect(en.errors[message]).toBeTruthy();
    expect(zhCN.errors[message]).toBeTruthy();
    expect(app.getState().doc?.title).toBe('Typed while the disk failed');
    expect(await fsp.readFile(file)).toEqual(before);
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await app.getState().closeWorkshop();
    expect(app.getState().screen).toBe('workshop');

    fault = null;
    await app.getState().flushSave();
    expect(app.getState().save.state).toBe('saved');
    const saved = parseWorkshopText(await fsp.readFile(file, 'utf8'));
    expect(saved.ok && saved.value.doc.title).toBe('Typed while the disk failed');
  });
});
