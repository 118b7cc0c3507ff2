import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { Channel } from '../../../shared/ipc-channels';
import type { IpcContract, ResultOf } from '../../../shared/ipc';
import { ipcContract } from '../../../shared/ipc';
import { fail } from '../../../shared/result';
import { isAppUrl } from '../app-url';

/** The argument a handler receives: the channel's schema output, already validated. */
export type HandlerArgs<C extends Channel> = z.output<IpcContract[C]['args']>;
export type HandlerImpl<C extends Channel> = (args: HandlerArgs<C>) => ResultOf<C> | Promise<ResultOf<C>>;

/** The part of Electron's `ipcMain` the handlers use; tests pass a recording mock. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, arg: unknown) => unknown): void;
}

/** What the handlers need from Electron. */
export interface IpcRegistrar {
  ipcMain: IpcMainLike;
  /** The dev server URL (`ELECTRON_RENDERER_URL`) when running `electron-vite dev`. */
  devServerUrl?: string | undefined;
  /** Where handler errors go; the default writes to the console. */
  log?: (message: string) => void;
}

type SenderFrame = Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url'> | null | undefined;

/** Only the app's own pages may call the API: never a frame that is gone, foreign or navigated away. */
export function isTrustedSender(frame: SenderFrame, devServerUrl: string | undefined): boolean {
  if (!frame) return false;
  return isAppUrl(frame.url, devServerUrl);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Registers one channel of the contract: checks the sender, validates the single argument with
 * the channel's schema, then calls `impl`. Whatever happens, the renderer gets a `Result`.
 */
export function handle<C extends Channel>(registrar: IpcRegistrar, channel: C, impl: HandlerImpl<C>): void {
  const schema: z.ZodType = ipcContract[channel].args;
  const log = registrar.log ?? ((message: string) => console.error(message));
  registrar.ipcMain.handle(channel, async (event, arg) => {
    if (!isTrustedSender(event.senderFrame, registrar.devServerUrl)) {
      log(`[ipc] ${channel}: refused a call from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return fail('forbidden-sender');
    }
    const parsed = schema.safeParse(arg);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('bad-request', { path: issue?.path.map(String).join('.') ?? '', detail: issue?.message ?? 'invalid argument' });
    }
    try {
      return await impl(parsed.data as HandlerArgs<C>);
    } catch (error) {
      log(`[ipc] ${channel}: ${describe(error)}`);
      return fail('io', { detail: describe(error) });
    }
  });
}

/** The part of `ipcMain` that holds plain (`send`/`sendSync`) listeners. */
export interface IpcListenersLike {
  eventNames(): (string | symbol)[];
  removeAllListeners(channel: string): unknown;
}

/**
 * The contract uses invoke handlers only, so any plain listener on `ipcMain` was added by a
 * dependency behind our back — electron-store answers `electron-store-get-data` with the user-data
 * path to any sender, unchecked. Remove them all; call this after the stores and handlers exist.
 * Electron's own no-op 'error' listener stays: without it a message on a channel named "error"
 * would throw in main.
 */
export function removeStrayIpcListeners(ipcMain: IpcListenersLike, log: (message: string) => void = console.warn): string[] {
  const strays = ipcMain.eventNames().filter((name): name is string => typeof name === 'string' && name !== 'error');
  for (const name of strays) ipcMain.removeAllListeners(name);
  if (strays.length > 0) log(`[ipc] removed listeners outside the contract: ${strays.join(', ')}`);
  return strays;
}
