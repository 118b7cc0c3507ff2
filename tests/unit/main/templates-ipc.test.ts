import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcRegistrar } from '../../../electron/main/ipc/register';
import { registerTemplateHandlers } from '../../../electron/main/ipc/templates';
import { createTemplateStore } from '../../../electron/main/store/template-store';
import type { CustomTemplate } from '../../../shared/model/custom-template';
import { parseTemplateText, serializeTemplate, templateFromWorkshop } from '../../../shared/model/custom-template';
import type { Channel } from '../../../shared/ipc-channels';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { electron, FakeBrowserWindow, invokeEvent } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());

/** The custom-template channels of main: files in `<userData>/templates/`, atomic writes, ids only from the renderer. */
const tempDir = useTempDirs('groundwork-templates-');
const appPage = 'app://groundwork/index.html';
let n = 0;
const template = (name = '银行客服落地模板', now = '2026-03-02T08:00:00.000Z'): CustomTemplate =>
  templateFromWorkshop(chineseWorkshop(), { name, description: '含本行评估标准', now, makeId: () => `tpl${++n}` });
const encode = (text: string) => new TextEncoder().encode(text);

beforeEach(() => electron.reset());

async function setUp(owner: FakeBrowserWindow | null = null) {
  const userData = await tempDir();
  const dir = path.join(userData, 'templates');
  const registrar: IpcRegistrar = { ipcMain: electron.ipcMain, log: () => undefined };
  registerTemplateHandlers(registrar, { store: createTemplateStore(dir, { log: () => undefined }), owner: () => owner as never });
  const call = (channel: Channel, arg: unknown, from: string | null = appPage) => electron.ipcMain.handlers.get(channel)?.(invokeEvent(from), arg);
  return { userData, dir, call };
}

describe('custom template channels', () => {
  it('saves a template as a file in <userData>/templates, lists, loads and deletes it', async () => {
    const { dir, call } = await setUp();
    const t = template();
    const id = t.workshop.id;
    expect(await call('templates:list', {})).toEqual({ ok: true, value: [] });
    expect(await call('templates:save', { text: serializeTemplate(t) })).toMatchObject({ ok: true, value: { id, name: '银行客服落地模板', stageCount: 9, language: 'zh-CN' } });
    expect(await fsp.readdir(dir), 'one file, no temp file left').toEqual([`${id}.groundwork-template`]);
    expect(parseTemplateText(await fsp.readFile(path.join(dir, `${id}.groundwork-template`), 'utf8'))).toEqual({ ok: true, value: t });
    expect(await call('templates:load', { id })).toEqual({ ok: true, value: t });
    const later = template('Second', '2026-03-05T08:00:00.000Z');
    await call('templates:save', { text: serializeTemplate(later) });
    expect(await call('templates:list', {})).toMatchObject({ ok: true, value: [{ name: 'Second' }, { name: '银行客服落地模板' }] });
    expect(await call('templates:delete', { id })).toEqual({ ok: true, value: null });
    expect(await call('templates:load', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('templates:delete', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('imports a file’s bytes (a new id when taken), and refuses bad files without touching the folder', async () => {
    const { dir, call } = await setUp();
    const t = template();
    const text = serializeTemplate(t);
    expect(await call('templates:import', { bytes: encode(text) })).toMatchObject({ ok: true, value: { id: t.workshop.id } });
    const twice = (await call('templates:import', { bytes: encode(text) })) as { ok: true; value: { id: string } };
    expect(twice.value.id).not.toBe(t.workshop.id);
    const before = (await fsp.readdir(dir)).sort();
    expect(await call('templates:import', { bytes: encode(text.slice(0, 300)) })).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(await call('templates:import', { bytes: encode(JSON.stringify(chineseWorkshop())) })).toMatchObject({ ok: false, error: { code: 'not-template' } });
    expect(await call('templates:import', { bytes: encode(text.replace('"name"', '"__proto__": {}, "name"')) })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('templates:save', { text: text.replace('"formatVersion": 1', '"formatVersion": 7') })).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect((await fsp.readdir(dir)).sort()).toEqual(before);
  });

  it('lists around a damaged file and never overwrites it', async () => {
    const { dir, call } = await setUp();
    const t = template();
    await call('templates:save', { text: serializeTemplate(t) });
    await fsp.writeFile(path.join(dir, 'broken.groundwork-template'), '{"format": "groundwork-template", "trunc');
    await fsp.writeFile(path.join(dir, 'notes.txt'), 'not a template');
    expect(await call('templates:list', {})).toMatchObject({ ok: true, value: [{ id: t.workshop.id }] });
    expect(await fsp.readFile(path.join(dir, 'broken.groundwork-template'), 'utf8')).toBe('{"format": "groundwork-template", "trunc');
    expect(await call('templates:load', { id: 'broken' })).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it('exports through the native save dialog (template filter, the name in Documents), written atomically', async () => {
    const owner = new FakeBrowserWindow({});
    const { userData, call } = await setUp(owner);
    const t = template();
    await call('templates:save', { text: serializeTemplate(t) });
    const target = path.join(userData, 'shared', '银行客服落地模板.groundwork-template');
    await fsp.mkdir(path.dirname(target));
    expect(await call('templates:export', { id: t.workshop.id })).toEqual({ ok: true, value: { cancelled: true } });
    electron.dialog.nextSavePath = target;
    expect(await call('templates:export', { id: t.workshop.id })).toEqual({ ok: true, value: { path: target } });
    expect(parseTemplateText(await fsp.readFile(target, 'utf8'))).toEqual({ ok: true, value: t });
    expect(await fsp.readdir(path.dirname(target))).toEqual(['银行客服落地模板.groundwork-template']);
    const shown = electron.dialog.saveDialogs.at(-1);
    expect(shown?.parent).toBe(owner);
    expect(shown?.options.defaultPath).toBe(path.join('/nonexistent/documents', '银行客服落地模板.groundwork-template'));
    expect(shown?.options.filters).toEqual([{ name: 'Groundwork template', extensions: ['groundwork-template'] }]);
    expect(await call('templates:export', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('checks the sender first, then the arguments: ids only, no paths, no extra fields', async () => {
    const { dir, call } = await setUp();
    const good = { text: serializeTemplate(template()) };
    expect(await call('templates:save', good, 'https://evil.example/')).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call('templates:save', good, null)).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    for (const [channel, arg] of [
      ['templates:load', { id: '../../etc/passwd' }],
      ['templates:delete', { id: '..' }],
      ['templates:export', { id: 'x', path: '/tmp/out' }],
      ['templates:save', { text: 42 }],
      ['templates:import', { bytes: 'not bytes' }],
      ['templates:list', { dir: '/' }],
    ] as const) {
      expect(await call(channel, arg)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    await expect(fsp.readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
