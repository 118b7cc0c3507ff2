import { useContext, useEffect } from 'react';
import { StoreContext } from '../../store/context';
import { broadcastToPresenter } from './presenter-broadcast';
import { openPresenterChannel } from './presenter-channel';

/** While the workshop screen is open, the presenter window follows it (see presenter-broadcast.ts). */
export function usePresenterBroadcast() {
  const store = useContext(StoreContext);
  useEffect(() => {
    const channel = openPresenterChannel();
    if (!store || !channel) return;
    const stop = broadcastToPresenter(store, channel);
    return () => {
      stop();
      channel.close();
    };
  }, [store]);
}
