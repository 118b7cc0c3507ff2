import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkshopStore } from '../../../electron/main/store/workshop-store';
import { limits } from '../../../shared/model/limits';
import type { Workshop } from '../../../shared/model/workshop';
import { newCard } from '../../../shared/model/workshop';
import { sampleWorkshop } from '../../mocks/workshops';
import { useTempDirs } from '../../mocks/temp-dir';

const tempDir = useTempDirs();
const fixedNow = () => new Date('2026-02-01T10:00:00.000Z');

/** The files (not folders: history/, quarantine/) directly in `dir`. */
async function filesIn(dir: string): Promise<string[]> {
  return (await fsp.readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
}

async function newStore() {
  const dir = await tempDir();
  return { dir, store: createWorkshopStore(dir, { now: fixedNow }) };
}

function withCard(doc: Workshop, text: string): Workshop {
  return {
    ...doc,
    stages: doc.stages.map((stage, i) =>
      i === 0 && stage.kind === 'cards'
        ? { ...stage, cards: [...stage.cards, newCard({ id: 'extra-card', text, color: 'pink', createdAt: doc.createdAt })] }
        : stage,
    ),
  };
}

describe('workshop store', () => {
  it('saves and loads a Chinese workshop unchanged, as UTF-8 JSON in <id>.groundwork', async () => {
    const { dir, store } = await newStore();
    const doc = withCard(sampleWorkshop(), '把“退款进度”问题自动分类 🤖✅ — 𠮷野家 (outside the BMP)');
    expect(await store.save(doc)).toEqual({ ok: true, value: { savedAt: '2026-02-01T10:00:00.000Z' } });
    const loaded = await store.load(doc.id);
    expect(loaded).toEqual({ ok: true, value: doc });
    const text = await fsp.readFile(path.join(dir, `${doc.id}.groundwork`), 'utf8');
    expect(text).toContain('智能客服落地工作坊');
    expect(JSON.parse(text)).toEqual(doc);
  });

  it('lists summaries newest first with title, updatedAt and stage count', async () => {
    const { store } = await newStore();
    await store.save(sampleWorkshop({ id: 'older', title: '旧的工作坊', now: '2026-01-01T08:00:00.000Z' }));
    await store.save(sampleWorkshop({ id: 'newer', title: '智能客服落地工作坊', now: '2026-01-20T08:00:00.000Z' }));
    const listing = await store.list();
    expect(listing).toEqual({
      ok: true,
      value: {
        workshops: [
          { id: 'newer', title: '智能客服落地工作坊', language: 'zh-CN', updatedAt: '2026-01-20T08:00:00.000Z', stageCount: 9 },
          { id: 'older', title: '旧的工作坊', language: 'zh-CN', updatedAt: '2026-01-01T08:00:00.000Z', stageCount: 9 },
        ],
        damaged: [],
      },
    });
  });

  it('lists an empty or missing folder as empty', async () => {
    const dir = await tempDir();
    const store = createWorkshopStore(path.join(dir, 'not-yet'));
    expect(await store.list()).toEqual({ ok: true, value: { workshops: [], damaged: [] } });
  });

  it('lists damaged files with their error (moved to quarantine), and load reports where the problem is', async () => {
    const { dir, store } = await newStore();
    await store.save(sampleWorkshop({ id: 'good' }));
    await fsp.writeFile(path.join(dir, 'broken.groundwork'), '{"schemaVersion": 1, "id": ');
    const invalid = { ...sampleWorkshop({ id: 'invalid' }), title: 42 };
    await fsp.writeFile(path.join(dir, 'invalid.groundwork'), JSON.stringify(invalid));
    await fsp.writeFile(path.join(dir, 'notes.txt'), 'not a workshop, not listed');

    const notJson = await store.load('broken');
    expect(notJson.ok ? null : notJson.error.code).toBe('not-json');
    const bad = await store.load('invalid');
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'invalid', path: 'title' });

    const listing = await store.list();
    if (!listing.ok) throw new Error('list failed');
    expect(listing.value.workshops.map((w) => w.id)).toEqual(['good']);
    expect(listing.value.damaged).toEqual([
      { fileName: 'broken.groundwork', id: 'broken', error: expect.objectContaining({ code: 'not-json' }), quarantinedAs: expect.stringMatching(/^broken\.groundwork\..+\.damaged$/) },
      { fileName: 'invalid.groundwork', id: 'invalid', error: expect.objectContaining({ code: 'invalid', path: 'title' }), quarantinedAs: expect.stringMatching(/^invalid\.groundwork\./) },
    ]);
    expect(await filesIn(dir)).toEqual(['good.groundwork', 'notes.txt']);
  });

  it('never overwrites a file that fails validation', async () => {
    const { dir, store } = await newStore();
    const file = path.join(dir, 'ws-demo-1.groundwork');
    const damaged = Buffer.from('{"schemaVersion":1,"id":"ws-demo-1","title":"半截文件', 'utf8');
    await fsp.writeFile(file, damaged);
    const result = await store.save(sampleWorkshop());
    expect(result.ok ? null : result.error.code).toBe('target-invalid');
    expect(Buffer.compare(await fsp.readFile(file), damaged)).toBe(0);
    expect(await fsp.readdir(dir)).toEqual(['ws-demo-1.groundwork']);
  });

  it('notices a file damaged behind its back after a save, and refuses to overwrite it', async () => {
    const { dir, store } = await newStore();
    const doc = sampleWorkshop();
    await store.save(doc);
    const file = path.join(dir, `${doc.id}.groundwork`);
    await fsp.writeFile(file, 'garbage from a USB stick');
    const result = await store.save(withCard(doc, 'new'));
    expect(result.ok ? null : result.error.code).toBe('target-invalid');
    expect(await fsp.readFile(file, 'utf8')).toBe('garbage from a USB stick');
  });

  it('refuses to overwrite a file written by a newer version of the app', async () => {
    const { dir, store } = await newStore();
    const file = path.join(dir, 'ws-demo-1.groundwork');
    const newer = JSON.stringify({ ...sampleWorkshop(), schemaVersion: 99 });
    await fsp.writeFile(file, newer);
    const result = await store.save(sampleWorkshop());
    expect(result.ok ? null : result.error).toMatchObject({ code: 'target-invalid', detail: expect.stringContaining('newer-version') });
    expect(await fsp.readFile(file, 'utf8')).toBe(newer);
  });

  it('keeps the previous good copy as .bak and leaves no temp files', async () => {
    const { dir, store } = await newStore();
    const first = sampleWorkshop();
    const second = withCard(first, '第二版');
    await store.save(first);
    expect(await filesIn(dir)).toEqual(['ws-demo-1.groundwork']);
    await store.save(second);
    expect(await filesIn(dir)).toEqual(['ws-demo-1.groundwork', 'ws-demo-1.groundwork.bak']);
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'ws-demo-1.groundwork.bak'), 'utf8'))).toEqual(first);
    expect(await store.load(first.id)).toEqual({ ok: true, value: second });
  });

  it('keeps the previous good copy also when the file was last written by someone else', async () => {
    const { dir, store } = await newStore();
    const first = sampleWorkshop();
    await createWorkshopStore(dir).save(first);
    await store.save(withCard(first, 'x'));
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'ws-demo-1.groundwork.bak'), 'utf8'))).toEqual(first);
  });

  it('rejects a file over the size limit before reading it', async () => {
    const { dir, store } = await newStore();
    const file = path.join(dir, 'huge.groundwork');
    const handle = await fsp.open(file, 'w');
    await handle.truncate(limits.fileBytes + 1);
    await handle.close();
    const loaded = await store.load('huge');
    expect(loaded.ok ? null : loaded.error.code).toBe('too-large');
    const listing = await store.list();
    expect(listing.ok && listing.value.damaged.map((d) => [d.fileName, d.error.code])).toEqual([['huge.groundwork', 'too-large']]);
  });

  it('rejects ids that could leave the folder', async () => {
    const { dir, store } = await newStore();
    for (const id of ['../escape', '..', 'a/b', 'C:\\x', '', '.hidden']) {
      const loaded = await store.load(id);
      expect(loaded.ok ? null : loaded.error.code).toBe('bad-request');
      const removed = await store.remove(id);
      expect(removed.ok ? null : removed.error.code).toBe('bad-request');
    }
    const saved = await store.save({ ...sampleWorkshop(), id: '../../etc/evil' });
    expect(saved.ok ? null : saved.error.code).toBe('bad-request');
    expect(await fsp.readdir(path.dirname(dir))).not.toContain('evil.groundwork');
  });

  it('refuses to load a file whose content belongs to another id', async () => {
    const { dir, store } = await newStore();
    await fsp.writeFile(path.join(dir, 'copy.groundwork'), JSON.stringify(sampleWorkshop({ id: 'original' })));
    const loaded = await store.load('copy');
    expect(loaded.ok ? null : loaded.error).toMatchObject({ code: 'invalid', path: 'id' });
  });

  it('reports a missing workshop as not-found', async () => {
    const { store } = await newStore();
    const loaded = await store.load('nobody');
    expect(loaded.ok ? null : loaded.error.code).toBe('not-found');
    const removed = await store.remove('nobody');
    expect(removed.ok ? null : removed.error.code).toBe('not-found');
  });

  it('removes a workshop together with its backup and its history', async () => {
    const { dir, store } = await newStore();
    const doc = sampleWorkshop();
    await store.save(doc);
    await store.save(withCard(doc, 'b'));
    expect(await store.remove(doc.id)).toEqual({ ok: true, value: null });
    expect(await filesIn(dir)).toEqual([]);
    expect(await fsp.readdir(path.join(dir, 'history'))).toEqual([]);
    const listing = await store.list();
    expect(listing.ok && listing.value.workshops).toEqual([]);
  });

  it('runs concurrent saves of one workshop one after the other', async () => {
    const { dir, store } = await newStore();
    const doc = sampleWorkshop();
    const versions = Array.from({ length: 5 }, (_, i) => withCard(doc, `version ${i}`));
    const results = await Promise.all(versions.map((v) => store.save(v)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await store.load(doc.id)).toEqual({ ok: true, value: versions[4] });
    expect(await filesIn(dir)).toEqual(['ws-demo-1.groundwork', 'ws-demo-1.groundwork.bak']);
  });

  it('clears temp files a crashed save left behind, but not one a save may still be writing', async () => {
    const dir = await tempDir();
    const store = createWorkshopStore(dir);
    const stale = path.join(dir, '.ws-demo-1.groundwork.4242.abcdef.tmp');
    const fresh = path.join(dir, '.ws-demo-1.groundwork.4242.123456.tmp');
    await fsp.writeFile(stale, '{"half": ');
    await fsp.writeFile(fresh, '{"half": ');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await fsp.utimes(stale, twoHoursAgo, twoHoursAgo);
    expect(await store.list()).toEqual({ ok: true, value: { workshops: [], damaged: [] } });
    expect(await fsp.readdir(dir)).toEqual([path.basename(fresh)]);
  });

  it('turns file system errors into io results instead of throwing', async () => {
    const dir = await tempDir();
    const blocker = path.join(dir, 'a-file');
    await fsp.writeFile(blocker, 'x');
    const store = createWorkshopStore(path.join(blocker, 'workshops'));
    const saved = await store.save(sampleWorkshop());
    expect(saved.ok ? null : saved.error.code).toBe('io');
    const listing = await store.list();
    expect(listing.ok ? null : listing.error.code).toBe('io');
  });
});
