import type { WorkshopStore } from '../store/workshop-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

/** The workshop file channels: list, load, save, delete — each straight onto the file store. */
export function registerWorkshopHandlers(registrar: IpcRegistrar, store: WorkshopStore): void {
  handle(registrar, 'workshops:list', () => store.list());
  handle(registrar, 'workshops:load', ({ id }) => store.load(id));
  handle(registrar, 'workshops:save', ({ doc }) => store.save(doc));
  handle(registrar, 'workshops:delete', ({ id }) => store.remove(id));
}
