import type { GroundworkApi } from '../../../shared/ipc';

/**
 * Everything the renderer may ask of the machine. Three implementations: electron (IPC through
 * the preload), browser (IndexedDB, for the web build and the end-to-end tests) and memory (unit tests).
 */
export interface Host extends GroundworkApi {
  readonly kind: 'electron' | 'browser' | 'memory';
}
