import type { CustomTemplateSummary } from '../../../../shared/model/custom-template';
import { serializeTemplate, templateFromWorkshop, workshopFromTemplate } from '../../../../shared/model/custom-template';
import { newId } from '../../../../shared/model/ids';
import type { FileDeps } from '../files/file-actions';
import { exportedPath, refusedAsTooLarge } from '../files/file-actions';

// What the template buttons do: each talks to the host and puts a failure on the error banner
// (translated through `errors.<code>`); nothing already saved is touched by a failure.

/** Save as template…: the open workshop's structure and reusable content, under a name. */
export async function saveWorkshopAsTemplate(
  { host, store }: FileDeps,
  { name, description }: { name: string; description: string },
  now = new Date(),
  makeId: () => string = newId,
): Promise<CustomTemplateSummary | null> {
  const { doc } = store.getState();
  if (!doc) return null;
  const template = templateFromWorkshop(doc, { name, description, now: now.toISOString(), makeId });
  const saved = await host.saveTemplate({ text: serializeTemplate(template) });
  if (!saved.ok) {
    store.setState({ error: saved.error });
    return null;
  }
  return saved.value;
}

/** A new workshop from a custom template, saved in the app's folder like any new workshop, then shown. */
export async function createFromTemplate({ host, store }: FileDeps, id: string, title: string, now = new Date(), makeId: () => string = newId): Promise<void> {
  const loaded = await host.loadTemplate({ id });
  if (!loaded.ok) return store.setState({ error: loaded.error });
  const doc = workshopFromTemplate(loaded.value, { title, now: now.toISOString(), makeId });
  const saved = await host.saveWorkshop({ doc });
  if (!saved.ok) return store.setState({ error: saved.error });
  store.getState().showOpened({ doc, location: { kind: 'store' }, readOnly: null });
  store.setState({ save: { state: 'saved', savedAt: saved.value.savedAt } });
}

/** Import template…: the chosen file's bytes, validated by the host like a saved template. */
export async function importTemplateFile({ host, store }: FileDeps, file: File): Promise<CustomTemplateSummary | null> {
  if (refusedAsTooLarge(store, file)) return null;
  const imported = await host.importTemplate({ bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!imported.ok) {
    store.setState({ error: { ...imported.error, detail: [file.name, imported.error.detail].filter(Boolean).join(': ') } });
    return null;
  }
  return imported.value;
}

/** Export template file: where it went (a path, or the downloaded file's name); null when cancelled or failed. */
export async function exportTemplateFile({ host, store }: FileDeps, id: string): Promise<string | null> {
  return exportedPath(store, await host.exportTemplate({ id }));
}

export async function deleteTemplate({ host, store }: FileDeps, id: string): Promise<boolean> {
  const result = await host.deleteTemplate({ id });
  if (!result.ok) store.setState({ error: result.error });
  return result.ok;
}
