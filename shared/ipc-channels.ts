/**
 * The names of the app's API methods and the IPC channel each one uses. Kept apart from
 * shared/ipc.ts (the schemas) so the sandboxed preload bundles nothing but these strings.
 */
export const apiChannels = {
  listWorkshops: 'workshops:list',
  loadWorkshop: 'workshops:load',
  saveWorkshop: 'workshops:save',
  deleteWorkshop: 'workshops:delete',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  togglePresenter: 'presenter:toggle',
  readFont: 'fonts:read',
  savePdf: 'pdf:save',
  openWorkshop: 'workshops:open',
  saveWorkshopText: 'workshops:save-text',
  resolveConflict: 'workshops:resolve-conflict',
  listHistory: 'history:list',
  readSnapshot: 'history:read',
  restoreVersion: 'history:restore',
  openFile: 'files:open',
  openRecent: 'files:open-recent',
  saveAs: 'files:save-as',
  exportFile: 'files:export',
  importFile: 'files:import',
  waitOpenRequest: 'files:wait-open',
  getRecovery: 'recovery:get',
  openRecovery: 'recovery:open',
  dismissRecovery: 'recovery:dismiss',
  openExternal: 'links:open-external',
  listTemplates: 'templates:list',
  loadTemplate: 'templates:load',
  saveTemplate: 'templates:save',
  deleteTemplate: 'templates:delete',
  importTemplate: 'templates:import',
  exportTemplate: 'templates:export',
} as const;

export type ApiMethod = keyof typeof apiChannels;
export type Channel = (typeof apiChannels)[ApiMethod];

/** Name under which the preload exposes the API on `window`. */
export const apiGlobalName = 'groundwork';
