import { useEffect, useState } from 'react';
import type { PresenterMessage, PresenterState } from './presenter-channel';
import { isPresenterMessage, openPresenterChannel } from './presenter-channel';

/**
 * Presenter side: says "hello" when it opens (and whenever a facilitator window announces itself),
 * then keeps whatever state the facilitator last posted. Null until the facilitator has answered.
 */
export function usePresenterFeed(): PresenterState | null {
  const [state, setState] = useState<PresenterState | null>(null);
  useEffect(() => {
    const channel = openPresenterChannel();
    if (!channel) return;
    const hello: PresenterMessage = { type: 'hello' };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isPresenterMessage(event.data) || event.data.type !== 'state') return;
      setState({ doc: event.data.doc, language: event.data.language });
      // A facilitator window that just (re)started does not know this presenter yet.
      if (event.data.announce) channel.postMessage(hello);
    };
    channel.postMessage(hello);
    return () => channel.close();
  }, []);
  return state;
}
