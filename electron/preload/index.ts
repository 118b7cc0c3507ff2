import { contextBridge } from 'electron'; import { apiChannels } from '../../shared/ipc-channels'; contextBridge.exposeInMainWorld('x', apiChannels);
