import { validateWorkshopText } from '../../../shared/model/codec';
import type { WorkshopStore } from '../store/workshop-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

/** The workshop file channels: list, load, open, save, delete, and a change on disk resolved. */
export function registerWorkshopHandlers(registrar: IpcRegistrar, store: WorkshopStore): void {
  handle(registrar, 'workshops:list', () => store.list());
  handle(registrar, 'workshops:load', ({ id }) => store.load(id));
  handle(registrar, 'workshops:open', ({ id }) => store.open(id));
  handle(registrar, 'workshops:save', ({ doc }) => store.save(doc));
  handle(registrar, 'workshops:save-text', ({ text }) => {
    const checked = validateWorkshopText(text);
    return checked.ok ? store.saveValidated(checked.value) : checked;
  });
  handle(registrar, 'workshops:resolve-conflict', ({ doc, choice }) => store.files.resolveConflict(doc, choice));
  handle(registrar, 'workshops:delete', ({ id }) => store.remove(id));
}
