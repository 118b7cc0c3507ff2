/**
 * The presenter (projector) view is the same app at `#/presenter`: a second browser tab in the
 * web build, a second window in Electron (electron/main/presenter-window.ts loads the same hash).
 */
export const presenterHash = '#/presenter';

/** The window name, so opening the presenter again reuses (and focuses) the tab already open. */
export const presenterWindowName = 'groundwork-presenter';

export function isPresenterRoute(hash: string = window.location.hash): boolean {
  return hash === presenterHash;
}
