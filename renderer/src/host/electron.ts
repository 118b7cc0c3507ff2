import type { GroundworkApi } from '../../../shared/ipc';
import { electronFileMethods } from './electron-files';
import { electronTemplateMethods } from './electron-templates';
import type { Host } from './types';

/** The preload's API object, as is: main validates every argument again on its side. */
export function createElectronHost(api: GroundworkApi): Host {
  return {
    kind: 'electron',
    listWorkshops: (args) => api.listWorkshops(args),
    loadWorkshop: (args) => api.loadWorkshop(args),
    deleteWorkshop: (args) => api.deleteWorkshop(args),
    getSettings: (args) => api.getSettings(args),
    setSettings: (args) => api.setSettings(args),
    togglePresenter: (args) => api.togglePresenter(args),
    readFont: (args) => api.readFont(args),
    savePdf: (args) => api.savePdf(args),
    openExternal: (args) => api.openExternal(args),
    // Workshop files, history and recovery; saves go to main as checked text.
    ...electronFileMethods(api),
    // Custom templates: files in <userData>/templates, named by id only.
    ...electronTemplateMethods(api),
  };
}
