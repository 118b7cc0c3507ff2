import { createContext, useContext } from 'react';
import type { Host } from './types';

/** The host, for features that talk to the machine beyond the store's actions (the PDF export). */
export const HostContext = createContext<Host | null>(null);

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside <HostContext.Provider>');
  return host;
}
