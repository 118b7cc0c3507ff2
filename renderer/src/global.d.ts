import type { GroundworkApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the web build. */
    groundwork?: GroundworkApi;
  }
}
