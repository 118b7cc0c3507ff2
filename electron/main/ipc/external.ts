import type { BrowserWindow } from 'electron';
import { fail, ok } from '../../../shared/result';
import type { ExternalLinkOptions } from '../external-links';
import { openExternalWithConsent } from '../external-links';
import type { IpcRegistrar } from './register';
import { handle } from './register';

export interface ExternalLinkHandlerOptions extends ExternalLinkOptions {
  /** The window the consent dialog belongs to. */
  owner: () => BrowserWindow | null;
}

/**
 * 'links:open-external' { url }: a link clicked in a note. The address is checked again here
 * (http(s) only, no credentials or hidden characters) and shown in a native dialog; only when the
 * user chooses to open it does it go to the system browser. The page never navigates.
 */
export function registerExternalLinkHandlers(registrar: IpcRegistrar, options: ExternalLinkHandlerOptions): void {
  handle(registrar, 'links:open-external', async ({ url }) => {
    const outcome = await openExternalWithConsent(url, options.owner(), options);
    if (outcome === 'refused') return fail('bad-request', { detail: 'only http(s) web addresses can be opened' });
    if (outcome === 'failed') return fail('io', { detail: 'the system could not open the link' });
    return ok({ opened: outcome === 'opened' });
  });
}
