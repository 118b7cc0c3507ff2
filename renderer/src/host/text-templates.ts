import type { CustomTemplate } from '../../../shared/model/custom-template';
import { parseTemplateBytes, parseTemplateText, serializeTemplate, sortTemplates, summarizeTemplate, templateId } from '../../../shared/model/custom-template';
import { idSchema, newId } from '../../../shared/model/ids';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { TextStore } from './text-store-host';
import type { Host } from './types';

type Methods = Pick<Host, 'listTemplates' | 'loadTemplate' | 'saveTemplate' | 'deleteTemplate' | 'importTemplate' | 'exportTemplate'>;

/** Hands a template file's text to the user: a download in the browser. */
export type TemplateExport = (template: CustomTemplate, text: string) => Promise<Result<{ path: string }>>;

/**
 * Custom templates in a text store (IndexedDB in the browser, a Map in memory), kept as the text
 * of their `.groundwork-template` file under the template's id, and read through the same read
 * path as an imported file every time.
 */
export function createTextTemplates(texts: TextStore, exportTemplate: TemplateExport | null): Methods {
  const attempt = async <T>(task: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await task();
    } catch (error) {
      return fail('io', { detail: error instanceof Error ? error.message : String(error) });
    }
  };

  async function read(id: string): Promise<Result<CustomTemplate>> {
    if (!idSchema.safeParse(id).success) return fail('bad-request', { path: 'id' });
    const text = await texts.get(id);
    if (text === undefined) return fail('not-found');
    const parsed = parseTemplateText(text);
    if (parsed.ok && templateId(parsed.value) !== id) return fail('invalid', { path: 'workshop.id', detail: `stored as ${id}` });
    return parsed;
  }

  return {
    listTemplates: () =>
      attempt(async () => {
        const found = [];
        for (const id of await texts.ids()) {
          const template = await read(id);
          // A text that fails validation is left where it is, never overwritten (saves use fresh ids).
          if (template.ok) found.push(summarizeTemplate(template.value));
        }
        return ok(sortTemplates(found));
      }),

    loadTemplate: ({ id }) => attempt(() => read(id)),

    saveTemplate: ({ text }) =>
      attempt(async () => {
        const parsed = parseTemplateText(text);
        if (!parsed.ok) return parsed;
        await texts.set(templateId(parsed.value), serializeTemplate(parsed.value));
        return ok(summarizeTemplate(parsed.value));
      }),

    deleteTemplate: ({ id }) =>
      attempt(async () => {
        if (!idSchema.safeParse(id).success) return fail('bad-request', { path: 'id' });
        if ((await texts.get(id)) === undefined) return fail('not-found');
        await texts.delete(id);
        return ok(null);
      }),

    importTemplate: ({ bytes }) =>
      attempt(async () => {
        const parsed = parseTemplateBytes(bytes);
        if (!parsed.ok) return parsed;
        const taken = (await texts.get(templateId(parsed.value))) !== undefined;
        const template = taken ? { ...parsed.value, workshop: { ...parsed.value.workshop, id: newId() } } : parsed.value;
        await texts.set(templateId(template), serializeTemplate(template));
        return ok(summarizeTemplate(template));
      }),

    exportTemplate: ({ id }) =>
      attempt(async () => {
        if (!exportTemplate) return fail('unsupported');
        const template = await read(id);
        return template.ok ? exportTemplate(template.value, serializeTemplate(template.value)) : template;
      }),
  };
}
