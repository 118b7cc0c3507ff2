import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFileHandlers } from '../../../electron/main/ipc/files';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import { registerWorkshopHandlers } from '../../../electron/main/ipc/workshops';
import { createOpenRequests } from '../../../electron/main/open-requests';
import { createSettingsStore } from '../../../electron/main/store/settings-store';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import type { OpenedWorkshop } from '../../../shared/files/types';
import { serializeWorkshop } from '../../../shared/model/codec';
import type { Workshop } from '../../../shared/model/workshop';
import { SCHEMA_VERSION } from '../../../shared/model/workshop';
import type { Result } from '../../../shared/result';
import { electron, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';
import { sampleWorkshop } from '../../mocks/workshops';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

const tempDir = useTempDirs();
beforeEach(() => electron.reset());

async function setUp() {
  const userData = await tempDir();
  const usb = await tempDir();
  const store = createWorkshopStore(path.join(userData, 'workshops'), { log: () => undefined });
  const settings = createSettingsStore({ cwd: userData, locale: 'zh-CN' });
  const requests = createOpenRequests();
  const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
  registerWorkshopHandlers(registrar, store);
  registerFileHandlers(registrar, { store, settings, owner: () => null, requests });
  const call = <T>(channel: string, arg: unknown = {}) => electron.ipcMain.handlers.get(channel)?.(invokeEvent('app://groundwork/index.html'), arg) as Promise<Result<T>>;
  const value = async <T>(channel: string, arg: unknown = {}) => {
    const result = await call<T>(channel, arg);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const save = (doc: Workshop) => call('workshops:save-text', { text: serializeWorkshop(doc) });
  return { userData, usb, store, settings, requests, call, value, save };
}

const retitled = (doc: Workshop, title: string): Workshop => ({ ...doc, title });
const readJson = async (file: string) => JSON.parse(await fsp.readFile(file, 'utf8')) as Workshop;

describe('Open… and saving back in place', () => {
  it('edits a file where it is: saves go back to it, no .bak beside it, history in the app folder, listed as recent', async () => {
    const { usb, userData, settings, value, save } = await setUp();
    const file = path.join(usb, '客服工作坊.groundwork');
    await fsp.writeFile(file, serializeWorkshop(sampleWorkshop({ id: 'from-usb' })));
    electron.dialog.nextOpenPaths = [file];
    const opened = await value<OpenedWorkshop>('files:open');
    expect(opened).toMatchObject({ doc: { id: 'from-usb' }, location: { kind: 'file', path: file, name: '客服工作坊.groundwork' }, readOnly: null });
    expect(electron.dialog.openDialogs[0]?.options.filters).toEqual([{ name: 'Groundwork workshop', extensions: ['groundwork'] }]);
    expect(settings.get().recentFiles).toEqual([file]);

    expect(await save(retitled(opened.doc, '改过的'))).toMatchObject({ ok: true });
    expect((await readJson(file)).title).toBe('改过的');
    expect(await fsp.readdir(usb)).toEqual(['客服工作坊.groundwork']);
    expect(await fsp.readdir(path.join(userData, 'workshops', 'history', 'from-usb'))).toHaveLength(1);
    await expect(fsp.access(path.join(userData, 'workshops', 'from-usb.groundwork'))).rejects.toThrow();
  });

  it('answers a closed dialog with cancelled, and opens by path only what is in the recent files', async () => {
    const { usb, call } = await setUp();
    expect(await call('files:open')).toEqual({ ok: true, value: { cancelled: true } });
    const file = path.join(usb, 'x.groundwork');
    await fsp.writeFile(file, serializeWorkshop(sampleWorkshop()));
    expect(await call('files:open-recent', { path: file })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    electron.dialog.nextOpenPaths = [file];
    await call('files:open');
    expect(await call('files:open-recent', { path: file })).toMatchObject({ ok: true });
    await fsp.rm(file);
    expect(await call('files:open-recent', { path: file })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('opens by path only absolute .groundwork paths, even when the page put others in the recent list', async () => {
    const { call, settings } = await setUp();
    settings.set({ recentFiles: ['/etc/passwd', 'relative.groundwork'] });
    for (const file of ['/etc/passwd', 'relative.groundwork']) {
      expect(await call('files:open-recent', { path: file })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('Save as… moves the workshop to the chosen file; Export writes a copy and stays put', async () => {
    const { usb, store, settings, value, save } = await setUp();
    const doc = sampleWorkshop();
    await store.save(doc);
    const exported = path.join(usb, 'copy.groundwork');
    electron.dialog.nextSavePath = exported;
    expect(await value('files:export', { doc })).toEqual({ path: exported });
    expect(electron.dialog.saveDialogs[0]?.options.defaultPath).toMatch(/智能客服落地工作坊\.groundwork$/);
    await save(retitled(doc, 'still in the store'));
    expect((await store.load(doc.id)).ok && ((await store.load(doc.id)) as { value: Workshop }).value.title).toBe('still in the store');
    expect((await readJson(exported)).title).toBe('智能客服落地工作坊');

    const moved = path.join(usb, 'moved.groundwork');
    electron.dialog.nextSavePath = moved;
    const opened = await value<OpenedWorkshop>('files:save-as', { doc: retitled(doc, 'moved') });
    expect(opened.location).toEqual({ kind: 'file', path: moved, name: 'moved.groundwork' });
    await save(retitled(doc, 'edited after save as'));
    expect((await readJson(moved)).title).toBe('edited after save as');
    expect(settings.get().recentFiles).toEqual([moved]);
    // Opening the store's copy again makes the store its place again.
    expect(await value<OpenedWorkshop>('workshops:open', { id: doc.id })).toMatchObject({ location: { kind: 'store' } });
    await save(retitled(doc, 'back in the store'));
    expect((await readJson(moved)).title).toBe('edited after save as');
  });

  it('never overwrites a file that is not a workshop, even when the user picked it', async () => {
    const { usb, call } = await setUp();
    const notes = path.join(usb, 'notes.groundwork');
    await fsp.writeFile(notes, 'my notes, not a workshop');
    electron.dialog.nextSavePath = notes;
    expect(await call('files:export', { doc: sampleWorkshop() })).toMatchObject({ ok: false, error: { code: 'target-invalid' } });
    expect(await fsp.readFile(notes, 'utf8')).toBe('my notes, not a workshop');
  });
});

describe('import', () => {
  it('adds a copy under a new id when the id is taken, with an import snapshot', async () => {
    const { store, value } = await setUp();
    const doc = sampleWorkshop();
    await store.save(doc);
    const bytes = new TextEncoder().encode(serializeWorkshop(retitled(doc, 'from the USB stick')));
    const imported = await value<OpenedWorkshop>('files:import', { bytes });
    expect(imported.doc.id).not.toBe(doc.id);
    expect(imported).toMatchObject({ doc: { title: 'from the USB stick' }, location: { kind: 'store' } });
    const listing = await store.list();
    expect(listing.ok && listing.value.workshops.map((w) => w.title).sort()).toEqual(['from the USB stick', '智能客服落地工作坊']);
    const history = await store.history.list(imported.doc.id);
    expect(history.ok && history.value.map((s) => s.reason)).toContain('import');
  });

  it('refuses a file from a newer version instead of dropping what this version does not know', async () => {
    const { call } = await setUp();
    const bytes = new TextEncoder().encode(JSON.stringify({ ...sampleWorkshop(), schemaVersion: SCHEMA_VERSION + 1 }));
    expect(await call('files:import', { bytes })).toMatchObject({ ok: false, error: { code: 'newer-version' } });
  });
});

describe('a file changed on disk while open', () => {
  async function openedOnUsb() {
    const env = await setUp();
    const file = path.join(env.usb, 'w.groundwork');
    const doc = sampleWorkshop();
    await fsp.writeFile(file, serializeWorkshop(doc));
    electron.dialog.nextOpenPaths = [file];
    await env.value('files:open');
    return { ...env, file, doc };
  }

  it('is not overwritten by the next save: the user chooses', async () => {
    const { file, doc, save } = await openedOnUsb();
    const theirs = serializeWorkshop(retitled(doc, 'a colleague’s copy'));
    await fsp.writeFile(file, theirs);
    expect(await save(retitled(doc, 'mine'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await fsp.readFile(file, 'utf8')).toBe(theirs);
  });

  it('a file touched but not changed is no conflict', async () => {
    const { file, doc, save } = await openedOnUsb();
    const later = new Date(Date.now() + 60_000);
    await fsp.utimes(file, later, later);
    expect(await save(retitled(doc, 'mine'))).toMatchObject({ ok: true });
  });

  it('keep mine: theirs goes to history, mine is written', async () => {
    const { file, doc, save, value, store } = await openedOnUsb();
    await fsp.writeFile(file, serializeWorkshop(retitled(doc, 'theirs')));
    await save(retitled(doc, 'mine'));
    await value('workshops:resolve-conflict', { doc: retitled(doc, 'mine'), choice: 'mine' });
    expect((await readJson(file)).title).toBe('mine');
    const history = await store.history.list(doc.id);
    expect(history.ok && history.value.find((s) => s.reason === 'conflict')?.title).toBe('theirs');
    expect(await save(retitled(doc, 'mine, later'))).toMatchObject({ ok: true });
  });

  it('load theirs: mine goes to history, theirs is opened and saved over from then on', async () => {
    const { file, doc, save, value, store } = await openedOnUsb();
    await fsp.writeFile(file, serializeWorkshop(retitled(doc, 'theirs')));
    const opened = await value<OpenedWorkshop>('workshops:resolve-conflict', { doc: retitled(doc, 'mine'), choice: 'theirs' });
    expect(opened.doc.title).toBe('theirs');
    const history = await store.history.list(doc.id);
    expect(history.ok && history.value.find((s) => s.reason === 'conflict')?.title).toBe('mine');
    expect(await save(retitled(doc, 'theirs, edited'))).toMatchObject({ ok: true });
  });

  it('save mine as a copy: a new workshop in the app folder, their file untouched', async () => {
    const { file, doc, value } = await openedOnUsb();
    const theirs = serializeWorkshop(retitled(doc, 'theirs'));
    await fsp.writeFile(file, theirs);
    const copy = await value<OpenedWorkshop>('workshops:resolve-conflict', { doc: retitled(doc, 'mine'), choice: 'copy' });
    expect(copy).toMatchObject({ doc: { title: 'mine' }, location: { kind: 'store' } });
    expect(copy.doc.id).not.toBe(doc.id);
    expect(await fsp.readFile(file, 'utf8')).toBe(theirs);
  });

  it('keep mine over a file damaged on disk: the damaged file is quarantined first', async () => {
    const { file, doc, value, userData } = await openedOnUsb();
    await fsp.writeFile(file, 'half a file');
    await value('workshops:resolve-conflict', { doc: retitled(doc, 'mine'), choice: 'mine' });
    expect((await readJson(file)).title).toBe('mine');
    const [quarantined] = await fsp.readdir(path.join(userData, 'workshops', 'quarantine'));
    expect(await fsp.readFile(path.join(userData, 'workshops', 'quarantine', quarantined ?? ''), 'utf8')).toBe('half a file');
  });
});

describe('a file from a newer version of the app', () => {
  it('opens read-only when today’s schema reads it, and is never written back', async () => {
    const { usb, store, value, save } = await setUp();
    const file = path.join(usb, 'newer.groundwork');
    const newer = JSON.stringify({ ...sampleWorkshop({ id: 'newer' }), schemaVersion: SCHEMA_VERSION + 1, futureField: { x: 1 } });
    await fsp.writeFile(file, newer);
    electron.dialog.nextOpenPaths = [file];
    const opened = await value<OpenedWorkshop>('files:open');
    expect(opened.readOnly).toEqual({ fileVersion: SCHEMA_VERSION + 1 });
    expect(await save(opened.doc)).toMatchObject({ ok: false, error: { code: 'target-invalid' } });
    expect(await fsp.readFile(file, 'utf8')).toBe(newer);

    await fsp.mkdir(store.dir, { recursive: true });
    await fsp.writeFile(path.join(store.dir, 'newer.groundwork'), newer);
    const listing = await store.list();
    expect(listing.ok && listing.value.workshops).toEqual([expect.objectContaining({ id: 'newer', readOnly: true })]);
    expect(await value<OpenedWorkshop>('workshops:open', { id: 'newer' })).toMatchObject({ readOnly: { fileVersion: SCHEMA_VERSION + 1 } });
  });

  it('is refused with newer-version when today’s schema cannot read it', async () => {
    const { usb, call } = await setUp();
    const file = path.join(usb, 'newer.groundwork');
    await fsp.writeFile(file, JSON.stringify({ ...sampleWorkshop(), schemaVersion: SCHEMA_VERSION + 1, stages: 'reshaped' }));
    electron.dialog.nextOpenPaths = [file];
    expect(await call('files:open')).toMatchObject({ ok: false, error: { code: 'newer-version' } });
  });
});

describe('files the system asks to open', () => {
  it('are opened for the waiting renderer; a newer wait takes over from an older one', async () => {
    const { usb, requests, call, settings } = await setUp();
    const file = path.join(usb, 'double-clicked.groundwork');
    await fsp.writeFile(file, serializeWorkshop(sampleWorkshop({ id: 'clicked' })));
    const first = call('files:wait-open');
    const second = call('files:wait-open');
    expect(await first).toEqual({ ok: true, value: null });
    requests.push(file);
    expect(await second).toMatchObject({ ok: true, value: { doc: { id: 'clicked' }, location: { kind: 'file', path: file } } });
    expect(settings.get().recentFiles).toEqual([file]);
    requests.push(file);
    expect(await call('files:wait-open')).toMatchObject({ ok: true, value: { doc: { id: 'clicked' } } });
  });
});
