import type { Workshop } from '../../../shared/model/workshop';
import type { AppError } from '../../../shared/result';
import type { Host } from '../host/types';

export type SaveStatus =
  | { state: 'idle' }
  /** Changed, waiting for the debounce: not on disk yet. */
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string }
  | { state: 'failed'; error: AppError };

export interface SaverOptions {
  /** Quiet time after the last change before saving. */
  debounceMs: number;
  /** Longest a change may wait while typing goes on: the "within a second" promise. */
  maxWaitMs: number;
}

export interface Saver {
  /** A change happened: save soon. */
  schedule(): void;
  /** Save now if anything is pending, and wait for it (stage change, leaving the workshop, retry). */
  flush(): Promise<void>;
  /** Forget pending work (the document was closed after a flush). */
  cancel(): void;
}

/** Debounced autosave of the open document, one save at a time, the newest state always wins. */
export function createSaver(
  host: Host,
  getDoc: () => Workshop | null,
  onStatus: (status: SaveStatus) => void,
  { debounceMs, maxWaitMs }: SaverOptions,
): Saver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | null = null;
  let pending = false;
  let inFlight: Promise<void> | null = null;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const saveOnce = async () => {
    pending = false;
    firstPendingAt = null;
    const doc = getDoc();
    if (!doc) return;
    onStatus({ state: 'saving' });
    try {
      const result = await host.saveWorkshop({ doc });
      if (result.ok) {
        onStatus(pending ? { state: 'pending' } : { state: 'saved', savedAt: result.value.savedAt });
      } else {
        pending = true;
        onStatus({ state: 'failed', error: result.error });
      }
    } catch (error) {
      pending = true;
      onStatus({ state: 'failed', error: { code: 'io', detail: error instanceof Error ? error.message : String(error) } });
    }
  };

  const flush = async (): Promise<void> => {
    clear();
    while (inFlight) await inFlight;
    if (!pending) return;
    inFlight = saveOnce().finally(() => (inFlight = null));
    await inFlight;
  };

  return {
    schedule() {
      if (!pending && !inFlight) onStatus({ state: 'pending' });
      pending = true;
      const now = Date.now();
      firstPendingAt ??= now;
      clear();
      const wait = Math.max(0, Math.min(debounceMs, maxWaitMs - (now - firstPendingAt)));
      timer = setTimeout(() => void flush(), wait);
    },
    flush,
    cancel() {
      clear();
      pending = false;
      firstPendingAt = null;
    },
  };
}
