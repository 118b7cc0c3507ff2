import type { GroundworkApi } from '../../shared/ipc';
import { apiChannels } from '../../shared/ipc-channels';
import { electron, invokeEvent } from './electron';

/**
 * The preload's API as the renderer sees it, wired straight to the handlers registered on the
 * electron mock: a renderer store on top of this runs against the real main-process code.
 * Arguments go through a structured clone, as IPC does.
 */
export function apiFromHandlers(): GroundworkApi {
  const entries = Object.entries(apiChannels).map(([method, channel]) => [
    method,
    async (args: unknown) => {
      const handler = electron.ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return structuredClone(await handler(invokeEvent('app://groundwork/index.html'), structuredClone(args)));
    },
  ]);
  return Object.fromEntries(entries) as GroundworkApi;
}
