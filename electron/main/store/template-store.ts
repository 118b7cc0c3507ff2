import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { CustomTemplate, CustomTemplateSummary } from '../../../shared/model/custom-template';
import { parseTemplateBytes, parseTemplateText, serializeTemplate, sortTemplates, summarizeTemplate, templateFileExtension, templateId } from '../../../shared/model/custom-template';
import { idSchema, newId } from '../../../shared/model/ids';
import { limits } from '../../../shared/model/limits';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { AtomicWriteIo } from './atomic-write';
import { errorCode, removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { ioFailure } from './io-errors';
import { encodeUtf8 } from './workshop-file';

/**
 * Custom templates: one file per template, `<userData>/templates/<id>.groundwork-template`, the
 * id being the id of the workshop inside. Written atomically (temp file, fsync, rename); every read
 * goes through the template read path (size → UTF-8 → JSON → structure → envelope → workshop
 * schema). A file that fails it is left out of the list and never overwritten: saves and imports
 * use fresh ids. Every method returns a Result; none throws.
 */
export interface TemplateStore {
  readonly dir: string;
  list(): Promise<Result<CustomTemplateSummary[]>>;
  load(id: string): Promise<Result<CustomTemplate>>;
  /** Saves template file text (validated here, whatever the caller checked). */
  saveText(text: string): Promise<Result<CustomTemplateSummary>>;
  remove(id: string): Promise<Result<null>>;
  /** Adds an imported file's bytes; a new id when its id is taken. */
  importBytes(bytes: Uint8Array): Promise<Result<CustomTemplateSummary>>;
  /** Writes a stored template's file to a path the user chose. */
  exportTo(id: string, target: string): Promise<Result<CustomTemplate>>;
}

const extension = `.${templateFileExtension}`;

export function createTemplateStore(dir: string, options: { io?: AtomicWriteIo; log?: (message: string) => void } = {}): TemplateStore {
  const log = options.log ?? ((message: string) => console.warn(message));
  const fileOf = (id: string) => path.join(dir, `${id}${extension}`);
  const write = async (file: string, template: CustomTemplate) => {
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, encodeUtf8(serializeTemplate(template)), options.io ? { io: options.io } : {});
  };

  const attempt = async <T>(task: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await task();
    } catch (error) {
      return ioFailure(error);
    }
  };

  async function read(id: string): Promise<Result<CustomTemplate>> {
    if (!idSchema.safeParse(id).success) return fail('bad-request', { path: 'id' });
    const handle = await fsp.open(fileOf(id), 'r');
    let bytes: Buffer;
    try {
      const stats = await handle.stat();
      if (stats.size > limits.fileBytes) return fail('too-large', { detail: `${stats.size} bytes` });
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    const parsed = parseTemplateBytes(bytes);
    if (parsed.ok && templateId(parsed.value) !== id) return fail('invalid', { path: 'workshop.id', detail: `file ${id}${extension} holds template "${templateId(parsed.value)}"` });
    return parsed;
  }

  async function add(template: CustomTemplate): Promise<Result<CustomTemplateSummary>> {
    const exists = await fsp.access(fileOf(templateId(template))).then(
      () => true,
      () => false,
    );
    const placed = exists ? { ...template, workshop: { ...template.workshop, id: newId() } } : template;
    await write(fileOf(templateId(placed)), placed);
    return ok(summarizeTemplate(placed));
  }

  return {
    dir,
    list: () =>
      attempt(async () => {
        const names = await fsp.readdir(dir).catch((error: unknown) => {
          if (errorCode(error) === 'ENOENT') return [] as string[];
          throw error;
        });
        await removeStaleTempFiles(dir, names);
        const found: CustomTemplateSummary[] = [];
        for (const name of names) {
          if (!name.endsWith(extension) || name.startsWith('.')) continue;
          const loaded = await read(name.slice(0, -extension.length)).catch(ioFailure<CustomTemplate>);
          if (loaded.ok) found.push(summarizeTemplate(loaded.value));
          else log(`[templates] ${name} left out: ${loaded.error.code} ${loaded.error.detail ?? ''}`);
        }
        return ok(sortTemplates(found));
      }),

    load: (id) => attempt(() => read(id)),

    saveText: (text) =>
      attempt(async () => {
        const parsed = parseTemplateText(text);
        if (!parsed.ok) return parsed;
        await write(fileOf(templateId(parsed.value)), parsed.value);
        return ok(summarizeTemplate(parsed.value));
      }),

    remove: (id) =>
      attempt(async () => {
        if (!idSchema.safeParse(id).success) return fail('bad-request', { path: 'id' });
        await fsp.unlink(fileOf(id));
        return ok(null);
      }),

    importBytes: (bytes) =>
      attempt(async () => {
        const parsed = parseTemplateBytes(bytes);
        return parsed.ok ? add(parsed.value) : parsed;
      }),

    exportTo: (id, target) =>
      attempt(async () => {
        const template = await read(id);
        if (!template.ok) return template;
        await writeFileAtomic(target, encodeUtf8(serializeTemplate(template.value)), options.io ? { io: options.io } : {});
        return template;
      }),
  };
}
