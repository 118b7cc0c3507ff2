import type { WorkshopStore } from '../store/workshop-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

/** A workshop's history: list the snapshots, preview one, restore one (or the last good copy). */
export function registerHistoryHandlers(registrar: IpcRegistrar, store: WorkshopStore): void {
  handle(registrar, 'history:list', ({ id }) => store.history.list(id));
  handle(registrar, 'history:read', ({ id, name }) => store.history.preview(id, name));
  handle(registrar, 'history:restore', ({ id, version }) => store.history.restore(id, version));
}
