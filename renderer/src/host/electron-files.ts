import type { GroundworkApi } from '../../../shared/ipc';
import { serializeWorkshop } from '../../../shared/model/codec';
import type { Workshop } from '../../../shared/model/workshop';
import type { Host } from './types';

type FileMethods = Pick<
  Host,
  | 'saveWorkshop'
  | 'openWorkshop'
  | 'saveWorkshopText'
  | 'resolveConflict'
  | 'listHistory'
  | 'readSnapshot'
  | 'restoreVersion'
  | 'openFile'
  | 'openRecent'
  | 'saveAs'
  | 'exportFile'
  | 'importFile'
  | 'waitOpenRequest'
  | 'getRecovery'
  | 'openRecovery'
  | 'dismissRecovery'
>;

/**
 * The electron host's file methods. A save crosses to main as the text of the file: serializing
 * here replaces the structured clone a document object would need, and main checks the text with
 * the whole read path and writes exactly the bytes it checked.
 */
export function electronFileMethods(api: GroundworkApi): FileMethods {
  return {
    saveWorkshop: ({ doc }) => api.saveWorkshopText({ text: serializeWorkshop(doc as Workshop) }),
    openWorkshop: (args) => api.openWorkshop(args),
    saveWorkshopText: (args) => api.saveWorkshopText(args),
    resolveConflict: (args) => api.resolveConflict(args),
    listHistory: (args) => api.listHistory(args),
    readSnapshot: (args) => api.readSnapshot(args),
    restoreVersion: (args) => api.restoreVersion(args),
    openFile: (args) => api.openFile(args),
    openRecent: (args) => api.openRecent(args),
    saveAs: (args) => api.saveAs(args),
    exportFile: (args) => api.exportFile(args),
    importFile: (args) => api.importFile(args),
    waitOpenRequest: (args) => api.waitOpenRequest(args),
    getRecovery: (args) => api.getRecovery(args),
    openRecovery: (args) => api.openRecovery(args),
    dismissRecovery: (args) => api.dismissRecovery(args),
  };
}
