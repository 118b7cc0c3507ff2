import type { Language, Workshop } from '../../../../shared/model/workshop';

/**
 * The facilitator window and the presenter window talk over a BroadcastChannel: same-origin windows
 * and tabs only (two Electron windows on app://, or two tabs of the web build), no network.
 */
export const presenterChannelName = 'groundwork-presenter';

/** What the room should see: the open workshop (null: none open) and the facilitator's UI language. */
export interface PresenterState {
  doc: Workshop | null;
  language: Language;
}

/**
 * `hello`: a presenter asks for the state (sent when it opens, and in answer to `announce`).
 * `state`: the facilitator's current state; `announce` is set when the facilitator (re)starts, so
 * presenters that were already waiting make themselves known.
 */
export type PresenterMessage = { type: 'hello' } | ({ type: 'state'; announce?: boolean } & PresenterState);

export function isPresenterMessage(data: unknown): data is PresenterMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { type?: unknown; doc?: unknown; language?: unknown };
  if (message.type === 'hello') return true;
  return (
    message.type === 'state' &&
    (message.language === 'en' || message.language === 'zh-CN') &&
    (message.doc === null || (typeof message.doc === 'object' && Array.isArray((message.doc as { stages?: unknown }).stages)))
  );
}

export function openPresenterChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(presenterChannelName);
}
