import type { Workshop } from '../../../../shared/model/workshop';
import type { AppStore } from '../../store/app-store';
import type { PresenterMessage } from './presenter-channel';
import { isPresenterMessage } from './presenter-channel';

/** Changes arrive a keystroke at a time; the room needs them a few times a second at most. */
export const presenterThrottleMs = 150;

/** The part of a BroadcastChannel the facilitator side uses (a fake one in unit tests). */
export interface ChannelLike {
  postMessage(message: PresenterMessage): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

/**
 * Facilitator side: keeps presenters in step with the open workshop and the UI language. The
 * document is posted (a structured copy) only once some presenter has said hello, and at most once
 * per `throttleMs` while changes stream in: typing on a large board never pays for a copy per
 * keystroke, and nothing at all when no presenter is open. Returns `stop`, which sends the
 * presenters back to waiting.
 */
export function broadcastToPresenter(store: AppStore, channel: ChannelLike, throttleMs = presenterThrottleMs): () => void {
  let listening = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const post = (doc: Workshop | null, announce = false) =>
    channel.postMessage({ type: 'state', doc, language: store.getState().language, ...(announce ? { announce } : {}) });

  channel.onmessage = (event) => {
    if (!isPresenterMessage(event.data) || event.data.type !== 'hello') return;
    listening = true;
    post(store.getState().doc);
  };
  // Presenters already open (waiting) answer this announcement with a hello.
  post(store.getState().doc, true);
  const unsubscribe = store.subscribe((state, previous) => {
    if (!listening || timer !== null || (state.doc === previous.doc && state.language === previous.language)) return;
    timer = setTimeout(() => {
      timer = null;
      post(store.getState().doc);
    }, throttleMs);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    channel.onmessage = null;
    post(null);
  };
}
