import { contextBridge, ipcRenderer } from 'electron';
import type { GroundworkApi } from '../../shared/ipc';
import type { ApiMethod } from '../../shared/ipc-channels';
import { apiChannels, apiGlobalName } from '../../shared/ipc-channels';

/**
 * The renderer's only way to the main process: one object of named methods, one per channel of
 * the contract. No raw ipcRenderer, no listeners; main validates the sender and every argument.
 */
const methods = Object.keys(apiChannels) as ApiMethod[];
const api = Object.fromEntries(
  methods.map((method) => [method, (args: unknown) => ipcRenderer.invoke(apiChannels[method], args)]),
) as GroundworkApi;

contextBridge.exposeInMainWorld(apiGlobalName, api);
