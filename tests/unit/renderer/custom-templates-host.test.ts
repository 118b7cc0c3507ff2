import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { indexedDbTextStore } from '../../../renderer/src/host/browser';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { templateDbName, templateDbTextStore } from '../../../renderer/src/host/template-db';
import { createTextStoreHost } from '../../../renderer/src/host/text-store-host';
import type { Host } from '../../../renderer/src/host/types';
import type { CustomTemplate } from '../../../shared/model/custom-template';
import { serializeTemplate, templateFromWorkshop } from '../../../shared/model/custom-template';
import { createWorkshop } from '../../../shared/model/templates';
import { chineseWorkshop } from '../../mocks/chinese-workshop';

/** Custom templates through the Host API of the text hosts: memory (unit tests) and browser (IndexedDB). */
let n = 0;
const makeId = () => `id${++n}`;
const template = (name = '银行客服落地模板', now = '2026-03-02T08:00:00.000Z') => templateFromWorkshop(chineseWorkshop(), { name, description: '含评估标准', now, makeId });
const settingsMemory = () => {
  let text: string | null = null;
  return { read: () => text, write: (t: string) => void (text = t) };
};
const encode = (text: string) => new TextEncoder().encode(text);

async function exercise(host: Host, exported: { name: string; text: string }[]) {
  const first = template('银行客服落地模板', '2026-03-02T08:00:00.000Z');
  const second = template('Contract review', '2026-03-03T08:00:00.000Z');
  const saved = await host.saveTemplate({ text: serializeTemplate(first) });
  expect(saved).toEqual({ ok: true, value: { id: first.workshop.id, name: '银行客服落地模板', description: '含评估标准', language: 'zh-CN', createdAt: first.createdAt, stageCount: 9 } });
  expect((await host.saveTemplate({ text: serializeTemplate(second) })).ok).toBe(true);
  const listed = await host.listTemplates({});
  expect(listed.ok && listed.value.map((t) => t.name), 'newest first').toEqual(['Contract review', '银行客服落地模板']);
  expect(await host.loadTemplate({ id: first.workshop.id })).toEqual({ ok: true, value: first });

  // Export hands the file's text over; importing it again adds a second template under a new id.
  const out = await host.exportTemplate({ id: first.workshop.id });
  expect(out).toEqual({ ok: true, value: { path: '银行客服落地模板.groundwork-template' } });
  const text = exported[0]?.text ?? '';
  const again = await host.importTemplate({ bytes: encode(text) });
  expect(again.ok && again.value.id).not.toBe(first.workshop.id);
  expect(again.ok && again.value.name).toBe('银行客服落地模板');

  // A bad file changes nothing.
  const before = await host.listTemplates({});
  expect(await host.importTemplate({ bytes: encode(text.slice(0, 500)) })).toMatchObject({ ok: false, error: { code: 'not-json' } });
  expect(await host.importTemplate({ bytes: encode(JSON.stringify(chineseWorkshop())) })).toMatchObject({ ok: false, error: { code: 'not-template' } });
  expect(await host.saveTemplate({ text: '{"format":"groundwork-template","__proto__":{}}' })).toMatchObject({ ok: false });
  expect(await host.listTemplates({})).toEqual(before);

  expect(await host.deleteTemplate({ id: first.workshop.id })).toEqual({ ok: true, value: null });
  expect(await host.loadTemplate({ id: first.workshop.id })).toEqual({ ok: false, error: { code: 'not-found' } });
  expect(await host.deleteTemplate({ id: first.workshop.id })).toEqual({ ok: false, error: { code: 'not-found' } });
  expect(await host.loadTemplate({ id: '../x' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  // Once deleted, the exported file comes back under its own id.
  const back = await host.importTemplate({ bytes: encode(text) });
  expect(back.ok && back.value.id).toBe(first.workshop.id);
}

describe('custom templates in the memory host', () => {
  it('saves, lists, loads, imports, deletes; export is not available without a place to put files', async () => {
    const texts = new Map<string, string>();
    const host = createMemoryHost(undefined, undefined, undefined, texts);
    const t = template();
    await host.saveTemplate({ text: serializeTemplate(t) });
    expect([...texts.keys()]).toEqual([t.workshop.id]);
    expect(await host.exportTemplate({ id: t.workshop.id })).toEqual({ ok: false, error: { code: 'unsupported' } });
    // A damaged stored text is left out of the list, and left as it was.
    texts.set('broken', '{"format": "groundwork-template", "trunc');
    const listed = await host.listTemplates({});
    expect(listed.ok && listed.value.map((x) => x.id)).toEqual([t.workshop.id]);
    expect(texts.get('broken')).toBe('{"format": "groundwork-template", "trunc');
  });
});

describe('custom templates in the browser host (IndexedDB)', () => {
  const browserHost = (factory: IDBFactory, exported: { name: string; text: string }[]) =>
    createTextStoreHost('browser', indexedDbTextStore(factory), settingsMemory(), undefined, undefined, undefined, {
      templates: templateDbTextStore(factory),
      exportTemplate: async (tpl: CustomTemplate, text: string) => {
        exported.push({ name: tpl.name, text });
        return { ok: true, value: { path: `${tpl.name}.groundwork-template` } };
      },
    });

  it('keeps templates across page loads, and does the whole round of the Host API', async () => {
    const factory = new IDBFactory();
    const exported: { name: string; text: string }[] = [];
    await exercise(browserHost(factory, exported), exported);
    const reloaded = browserHost(factory, []);
    const listed = await reloaded.listTemplates({});
    expect(listed.ok && listed.value.map((t) => t.name).sort()).toEqual(['Contract review', '银行客服落地模板', '银行客服落地模板']);
  });

  it('lives in its own database: the workshops database and its stores stay as they were', async () => {
    const factory = new IDBFactory();
    const host = browserHost(factory, []);
    const doc = createWorkshop({ template: 'llm-landing', title: '智能客服落地', language: 'zh-CN', now: '2026-03-01T08:00:00.000Z', makeId });
    expect((await host.saveWorkshop({ doc })).ok).toBe(true);
    expect((await host.saveTemplate({ text: serializeTemplate(template()) })).ok).toBe(true);
    const databases = (await factory.databases()).map((d) => [d.name, d.version]).sort();
    expect(databases).toEqual([
      ['groundwork', 2],
      [templateDbName, 1],
    ]);
    const listing = await host.listWorkshops({});
    expect(listing.ok && listing.value.workshops.map((w) => w.title)).toEqual(['智能客服落地']);
  });
});
