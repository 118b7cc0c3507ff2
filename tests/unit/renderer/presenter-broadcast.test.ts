import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresenterMessage } from '../../../renderer/src/features/presenter/presenter-channel';
import type { ChannelLike } from '../../../renderer/src/features/presenter/presenter-broadcast';
import { broadcastToPresenter } from '../../../renderer/src/features/presenter/presenter-broadcast';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { createAppStore } from '../../../renderer/src/store/app-store';

function fakeChannel() {
  const sent: PresenterMessage[] = [];
  const channel: ChannelLike = { postMessage: (m) => void sent.push(structuredClone(m)), onmessage: null };
  const hello = () => channel.onmessage?.(new MessageEvent('message', { data: { type: 'hello' } }));
  return { channel, sent, hello };
}

async function openWorkshop() {
  let n = 0;
  const store = createAppStore(createMemoryHost(), 'zh-CN', { makeId: () => `id${++n}` });
  await store.getState().createWorkshop({ template: 'llm-landing', title: '智能客服落地工作坊', language: 'zh-CN' });
  return store;
}

const summary = (m: PresenterMessage) => (m.type === 'state' ? { title: m.doc?.title ?? null, stage: m.doc?.currentStageId ?? null, language: m.language, announce: m.announce ?? false } : m);

describe('facilitator → presenter broadcast', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces the open workshop at once, so presenters already waiting say hello', async () => {
    const store = await openWorkshop();
    const { channel, sent } = fakeChannel();
    broadcastToPresenter(store, channel, 150);
    expect(sent.map(summary)).toEqual([{ title: '智能客服落地工作坊', stage: store.getState().doc?.currentStageId, language: 'zh-CN', announce: true }]);
  });

  it('copies nothing while no presenter has said hello', async () => {
    const store = await openWorkshop();
    const { channel, sent } = fakeChannel();
    broadcastToPresenter(store, channel, 150);
    store.getState().dispatch({ type: 'workshop/rename', title: '改名了' });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
  });

  it('answers a hello with the current state, then follows every change, at most once per interval', async () => {
    const store = await openWorkshop();
    const { channel, sent, hello } = fakeChannel();
    broadcastToPresenter(store, channel, 150);
    hello();
    expect(sent).toHaveLength(2);
    const stages = store.getState().doc?.stages ?? [];
    for (const title of ['智', '智能', '智能客服']) store.getState().dispatch({ type: 'workshop/rename', title });
    store.getState().dispatch({ type: 'stage/select', stageId: stages[1]?.id ?? '' });
    vi.advanceTimersByTime(149);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sent.map(summary).at(-1)).toEqual({ title: '智能客服', stage: stages[1]?.id, language: 'zh-CN', announce: false });
    expect(sent).toHaveLength(3);
  });

  it('follows the facilitator’s UI language', async () => {
    const store = await openWorkshop();
    const { channel, sent, hello } = fakeChannel();
    broadcastToPresenter(store, channel, 150);
    hello();
    await store.getState().setLanguage('en');
    vi.advanceTimersByTime(150);
    expect(sent.map(summary).at(-1)).toMatchObject({ language: 'en' });
  });

  it('sends the room back to waiting when the workshop closes, and stops following', async () => {
    const store = await openWorkshop();
    const { channel, sent, hello } = fakeChannel();
    const stop = broadcastToPresenter(store, channel, 150);
    hello();
    stop();
    expect(sent.map(summary).at(-1)).toEqual({ title: null, stage: null, language: 'zh-CN', announce: false });
    const count = sent.length;
    store.getState().dispatch({ type: 'workshop/rename', title: '之后' });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(count);
  });

  it('ignores anything but a hello', async () => {
    const store = await openWorkshop();
    const { channel, sent } = fakeChannel();
    broadcastToPresenter(store, channel, 150);
    channel.onmessage?.(new MessageEvent('message', { data: { type: 'state', doc: null, language: 'en' } }));
    channel.onmessage?.(new MessageEvent('message', { data: 'hello' }));
    expect(sent).toHaveLength(1);
  });
});
