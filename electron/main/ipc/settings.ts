import { ok } from '../../../shared/result';
import type { SettingsStore } from '../store/settings-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

/** The settings channels: read all, or apply a validated patch and return the result. */
export function registerSettingsHandlers(registrar: IpcRegistrar, store: SettingsStore): void {
  handle(registrar, 'settings:get', () => ok(store.get()));
  handle(registrar, 'settings:set', (patch) => ok(store.set(patch)));
}
