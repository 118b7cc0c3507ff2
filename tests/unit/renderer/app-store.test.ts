import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWorkshopText } from '../../../shared/model/codec';
import type { Workshop } from '../../../shared/model/workshop';
import { newCard } from '../../../shared/model/workshop';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import type { Host } from '../../../renderer/src/host/types';
import { createAppStore } from '../../../renderer/src/store/app-store';

function counter() {
  let n = 0;
  return () => `id${++n}`;
}

function setup(host: Host = createMemoryHost()) {
  return createAppStore(host, 'zh-CN', { makeId: counter(), debounceMs: 300, maxWaitMs: 800 });
}

function firstCardsStage(doc: Workshop | null) {
  const stage = doc?.stages.find((s) => s.kind === 'cards');
  if (!stage || stage.kind !== 'cards') throw new Error('no cards stage');
  return stage;
}

const card = (id: string, text: string) => newCard({ id, text, createdAt: '2026-11-28T09:20:00.000Z' });

describe('app store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates a workshop from the template, saved at once and listed on the home screen', async () => {
    const files = new Map<string, string>();
    const store = setup(createMemoryHost(files));
    await store.getState().createWorkshop({ template: 'llm-landing', title: '智能客服落地工作坊', language: 'zh-CN' });
    const { doc, screen } = store.getState();
    expect(screen).toBe('workshop');
    expect(doc?.stages.map((s) => s.title)).toContain('用户调研与痛点分析');
    expect(files.size).toBe(1);
    await store.getState().closeWorkshop();
    expect(store.getState().listing?.workshops).toEqual([
      expect.objectContaining({ title: '智能客服落地工作坊', stageCount: 9 }),
    ]);
  });

  it('autosaves within a second of the last change, even while typing goes on', async () => {
    const files = new Map<string, string>();
    const store = setup(createMemoryHost(files));
    await store.getState().createWorkshop({ template: 'blank', title: '试点', language: 'zh-CN' });
    const stageId = firstCardsStage(store.getState().doc).id;
    const stored = () => parseWorkshopText([...files.values()][0] ?? '');
    store.getState().dispatch({ type: 'card/add', stageId, card: card('c1', '坐席') });
    // Keep typing every 200 ms: the debounce alone would never fire; the max wait must.
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(200);
      store.getState().dispatch({ type: 'card/edit', stageId, cardId: 'c1', patch: { text: `坐席平均处理时长 ${i}` } }, { coalesceKey: 'card:c1' });
    }
    await vi.advanceTimersByTimeAsync(100);
    const saved = stored();
    expect(saved.ok && firstCardsStage(saved.value.doc).cards[0]?.text).toMatch(/^坐席平均处理时长/);
    await vi.advanceTimersByTimeAsync(1000);
    const final = stored();
    expect(final.ok && firstCardsStage(final.value.doc).cards[0]?.text).toBe('坐席平均处理时长 3');
    expect(store.getState().save.state).toBe('saved');
  });

  it('undoes and redoes every change; a burst of typing in one card is one step', async () => {
    const store = setup();
    await store.getState().createWorkshop({ template: 'blank', title: 'Pilot', language: 'en' });
    const stageId = firstCardsStage(store.getState().doc).id;
    const { dispatch } = store.getState();
    dispatch({ type: 'card/add', stageId, card: card('c1', '') });
    for (const text of ['A', 'Ag', 'Age', 'Agents']) dispatch({ type: 'card/edit', stageId, cardId: 'c1', patch: { text } }, { coalesceKey: 'card:c1' });
    dispatch({ type: 'stage/rename', stageId, title: '痛点' });
    expect(store.getState().history.past).toHaveLength(3);

    store.getState().undo();
    expect(firstCardsStage(store.getState().doc).title).not.toBe('痛点');
    store.getState().undo();
    expect(firstCardsStage(store.getState().doc).cards[0]?.text).toBe('');
    store.getState().undo();
    expect(firstCardsStage(store.getState().doc).cards).toHaveLength(0);
    store.getState().undo(); // nothing left: no change
    expect(firstCardsStage(store.getState().doc).cards).toHaveLength(0);

    store.getState().redo();
    store.getState().redo();
    expect(firstCardsStage(store.getState().doc).cards[0]?.text).toBe('Agents');
    dispatch({ type: 'card/delete', stageId, cardId: 'c1' });
    expect(store.getState().history.future).toHaveLength(0); // a new change drops the redo branch
  });

  it('selecting a stage is saved but is not an undo step', async () => {
    const store = setup();
    await store.getState().createWorkshop({ template: 'llm-landing', title: 'Pilot', language: 'en' });
    const second = store.getState().doc?.stages[1]?.id ?? '';
    store.getState().dispatch({ type: 'stage/select', stageId: second });
    expect(store.getState().doc?.currentStageId).toBe(second);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('shows a failed save with its reason and keeps the change for a retry', async () => {
    const host = createMemoryHost();
    const store = setup(host);
    await store.getState().createWorkshop({ template: 'blank', title: 'Pilot', language: 'en' });
    const realSave = host.saveWorkshop;
    host.saveWorkshop = async () => ({ ok: false, error: { code: 'io', detail: 'disk full' } });
    store.getState().dispatch({ type: 'workshop/rename', title: 'Pilot 2' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().save).toEqual({ state: 'failed', error: { code: 'io', detail: 'disk full' } });
    await store.getState().closeWorkshop(); // refuses to leave unsaved work behind
    expect(store.getState().screen).toBe('workshop');
    host.saveWorkshop = realSave;
    await store.getState().flushSave();
    expect(store.getState().save.state).toBe('saved');
    const loaded = await host.loadWorkshop({ id: store.getState().doc?.id ?? '' });
    expect(loaded.ok && loaded.value.title).toBe('Pilot 2');
  });

  it('renames, duplicates and deletes saved workshops from the home screen', async () => {
    const store = setup();
    await store.getState().createWorkshop({ template: 'llm-landing', title: '智能客服', language: 'zh-CN' });
    const id = store.getState().doc?.id ?? '';
    await store.getState().closeWorkshop();
    await store.getState().renameSaved(id, '智能客服落地');
    await store.getState().duplicateSaved(id, '智能客服落地（副本）');
    const titles = store.getState().listing?.workshops.map((w) => w.title).sort();
    expect(titles).toEqual(['智能客服落地', '智能客服落地（副本）']);
    await store.getState().deleteSaved(id);
    expect(store.getState().listing?.workshops.map((w) => w.title)).toEqual(['智能客服落地（副本）']);
  });

  it('reports a damaged saved workshop instead of opening it, and moves it aside unchanged', async () => {
    const damaged = '{"schemaVersion":1,"id":"broken","title":"半';
    const files = new Map([['broken', damaged]]);
    const history = new Map<string, string>();
    const store = setup(createMemoryHost(files, undefined, history));
    await store.getState().openWorkshop('broken');
    expect(store.getState().error?.code).toBe('not-json');
    expect(store.getState().screen).toBe('home');
    // The failed open refreshed the listing: the file is listed, already moved aside.
    expect(store.getState().listing?.damaged).toEqual([
      { fileName: 'broken.groundwork', id: 'broken', error: expect.objectContaining({ code: 'not-json' }), quarantinedAs: expect.stringMatching(/^broken\.groundwork\./) },
    ]);
    expect(files.has('broken')).toBe(false);
    expect([...history.values()]).toEqual([damaged]); // quarantined, unchanged
  });

  it('remembers the language choice in settings', async () => {
    const host = createMemoryHost();
    const store = setup(host);
    await store.getState().setLanguage('en');
    const settings = await host.getSettings({});
    expect(settings.ok && settings.value.language).toBe('en');
  });
});
