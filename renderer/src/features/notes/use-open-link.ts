import { useCallback } from 'react';
import { useHost } from '../../host/context';

/**
 * Opening a link from a note: the host checks the address and asks the facilitator first (a
 * native dialog in the desktop app, the browser's confirmation on the web). The app never navigates.
 */
export function useOpenLink(): (url: string) => void {
  const host = useHost();
  return useCallback((url: string) => void host.openExternal({ url }), [host]);
}
