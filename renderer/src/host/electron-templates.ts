import type { GroundworkApi } from '../../../shared/ipc';
import type { Host } from './types';

type TemplateMethods = Pick<Host, 'listTemplates' | 'loadTemplate' | 'saveTemplate' | 'deleteTemplate' | 'importTemplate' | 'exportTemplate'>;

/** The electron host's custom-template methods: straight to main, which checks every argument again. */
export function electronTemplateMethods(api: GroundworkApi): TemplateMethods {
  return {
    listTemplates: (args) => api.listTemplates(args),
    loadTemplate: (args) => api.loadTemplate(args),
    saveTemplate: (args) => api.saveTemplate(args),
    deleteTemplate: (args) => api.deleteTemplate(args),
    importTemplate: (args) => api.importTemplate(args),
    exportTemplate: (args) => api.exportTemplate(args),
  };
}
