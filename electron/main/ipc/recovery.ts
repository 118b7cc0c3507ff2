import type { RecoveryCandidate } from '../../../shared/files/types';
import { fail, ok } from '../../../shared/result';
import type { PreviousSession } from '../store/session-marker';
import type { WorkshopStore } from '../store/workshop-store';
import type { IpcRegistrar } from './register';
import { handle } from './register';

/**
 * Crash recovery: when the last run ended without quitting, the newest recoverable state of the
 * workshop that was open (its file, last good copy or newest snapshot) is offered once.
 */
export function registerRecoveryHandlers(registrar: IpcRegistrar, store: WorkshopStore, previous: PreviousSession | null): void {
  let offer: Promise<RecoveryCandidate | null> | null = previous?.workshop ? store.recoveryOffer(previous.workshop) : null;

  handle(registrar, 'recovery:get', async () => ok(offer ? await offer : null));
  handle(registrar, 'recovery:dismiss', () => {
    offer = null;
    return ok(null);
  });
  handle(registrar, 'recovery:open', async () => {
    const candidate = offer ? await offer : null;
    if (!candidate) return fail('not-found', { detail: 'nothing to recover' });
    const { id, version, location } = candidate;
    const opened =
      version.kind !== 'current'
        ? await store.history.restore(id, version)
        : location.kind === 'file'
          ? await store.files.openFile(location.path)
          : await store.open(id);
    if (opened.ok) offer = null;
    return opened;
  });
}
