import { createStore } from 'zustand/vanilla';
import type { Command } from '../../../shared/commands';
import { applyCommand, navigationCommands } from '../../../shared/commands';
import { newId } from '../../../shared/model/ids';
import type { OpenedWorkshop } from '../../../shared/files/types';
import type { WorkshopListing } from '../../../shared/model/summary';
import type { TemplateId } from '../../../shared/model/templates';
import { createWorkshop } from '../../../shared/model/templates';
import type { Language, Workshop } from '../../../shared/model/workshop';
import type { AppError } from '../../../shared/result';
import type { Host } from '../host/types';
import type { History } from './history';
import { emptyHistory, keepCurrentStage, record } from './history';
import type { SaveStatus } from './saver';
import { createSaver } from './saver';

export interface AppState {
  /** Settings slice. */
  language: Language;
  /** A soft tone at 2 minutes left and at 0 on the stage timer. */
  timerSound: boolean;
  /** Session slice: which screen, what the home screen lists, the last error to show. */
  screen: 'home' | 'workshop';
  listing: WorkshopListing | null;
  error: AppError | null;
  /** Document slice: the open workshop, its undo history and its save status. */
  doc: Workshop | null;
  history: History;
  save: SaveStatus;
  /** Where the open workshop is saved, and whether it is read-only (a file from a newer version). */
  docFile: DocFile | null;
}

export type DocFile = Pick<OpenedWorkshop, 'location' | 'readOnly'>;

export interface AppActions {
  setLanguage(language: Language): Promise<void>;
  setTimerSound(on: boolean): Promise<void>;
  /** Opens the presenter (projector) view, or closes it where the host can (Electron). */
  togglePresenter(): Promise<void>;
  refreshListing(): Promise<void>;
  createWorkshop(args: { template: TemplateId; title: string; language: Language }): Promise<void>;
  openWorkshop(id: string): Promise<void>;
  /** Shows a workshop the host opened (Open…, import, restore, recovery); the caller saved the previous one. */
  showOpened(opened: OpenedWorkshop): void;
  closeWorkshop(): Promise<void>;
  renameSaved(id: string, title: string): Promise<void>;
  duplicateSaved(id: string, title: string): Promise<void>;
  deleteSaved(id: string): Promise<void>;
  dispatch(cmd: Command, options?: { coalesceKey?: string }): void;
  undo(): void;
  redo(): void;
  flushSave(): Promise<void>;
  dismissError(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export interface AppStoreOptions {
  now?: () => Date;
  makeId?: () => string;
  debounceMs?: number;
  maxWaitMs?: number;
  /** The saved timer-sound setting at start-up. */
  timerSound?: boolean;
}

export function createAppStore(host: Host, initialLanguage: Language, options: AppStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const makeId = options.makeId ?? newId;

  return createStore<AppState & AppActions>()((set, get) => {
    const saver = createSaver(host, () => get().doc, (save) => set({ save }), {
      debounceMs: options.debounceMs ?? 300,
      maxWaitMs: options.maxWaitMs ?? 800,
    });

    /** Loads a saved workshop, applies `change`, saves it back: home-screen edits of closed workshops. */
    const editSaved = async (id: string, change: (doc: Workshop) => Workshop | null) => {
      const loaded = await host.loadWorkshop({ id });
      if (!loaded.ok) return set({ error: loaded.error });
      const next = change(loaded.value);
      if (next) {
        const saved = await host.saveWorkshop({ doc: next });
        if (!saved.ok) set({ error: saved.error });
      }
      await get().refreshListing();
    };

    const changeDoc = (next: Workshop, history: History) => {
      set({ doc: { ...next, updatedAt: now().toISOString() }, history });
      // A file from a newer version is never written back.
      if (!get().docFile?.readOnly) saver.schedule();
    };

    return {
      language: initialLanguage,
      timerSound: options.timerSound ?? false,
      screen: 'home',
      listing: null,
      error: null,
      doc: null,
      history: emptyHistory,
      save: { state: 'idle' },
      docFile: null,

      async setLanguage(language) {
        set({ language });
        const result = await host.setSettings({ language });
        if (!result.ok) set({ error: result.error });
      },

      async setTimerSound(timerSound) {
        set({ timerSound });
        const result = await host.setSettings({ timerSound });
        if (!result.ok) set({ error: result.error });
      },

      async togglePresenter() {
        const result = await host.togglePresenter({});
        if (!result.ok) set({ error: result.error });
      },

      async refreshListing() {
        const result = await host.listWorkshops({});
        set(result.ok ? { listing: result.value } : { error: result.error });
      },

      async createWorkshop({ template, title, language }) {
        const doc = createWorkshop({ template, title, language, now: now().toISOString(), makeId });
        const saved = await host.saveWorkshop({ doc });
        if (!saved.ok) return set({ error: saved.error });
        set({ doc, docFile: { location: { kind: 'store' }, readOnly: null }, history: emptyHistory, screen: 'workshop', save: { state: 'saved', savedAt: saved.value.savedAt } });
      },

      async openWorkshop(id) {
        const result = await host.openWorkshop({ id });
        if (result.ok) return get().showOpened(result.value);
        set({ error: result.error });
        // A damaged file was just moved to quarantine: list it with its good version to restore.
        await get().refreshListing();
      },

      showOpened({ doc, location, readOnly }) {
        saver.cancel();
        set({ doc, docFile: { location, readOnly }, history: emptyHistory, screen: 'workshop', save: { state: 'idle' } });
      },

      async closeWorkshop() {
        await saver.flush();
        if (get().save.state === 'failed') return;
        saver.cancel();
        set({ doc: null, docFile: null, history: emptyHistory, screen: 'home', save: { state: 'idle' } });
        await get().refreshListing();
      },

      renameSaved: (id, title) =>
        editSaved(id, (doc) => (doc.title === title ? null : { ...doc, title, updatedAt: now().toISOString() })),

      duplicateSaved: (id, title) =>
        editSaved(id, (doc) => ({ ...doc, id: makeId(), title, createdAt: now().toISOString(), updatedAt: now().toISOString() })),

      async deleteSaved(id) {
        const result = await host.deleteWorkshop({ id });
        if (!result.ok) set({ error: result.error });
        await get().refreshListing();
      },

      dispatch(cmd, options = {}) {
        const { doc, history } = get();
        if (!doc) return;
        const tracked = !navigationCommands.has(cmd.type);
        if (tracked && get().docFile?.readOnly) return;
        const next = applyCommand(doc, cmd);
        if (next === doc) return;
        changeDoc(next, tracked ? record(history, doc, options.coalesceKey, Date.now()) : history);
        if (cmd.type === 'stage/select') void saver.flush();
      },

      undo() {
        const { doc, history } = get();
        const previous = history.past.at(-1);
        if (!doc || !previous) return;
        changeDoc(keepCurrentStage(previous, doc), {
          past: history.past.slice(0, -1),
          future: [doc, ...history.future],
          last: null,
        });
      },

      redo() {
        const { doc, history } = get();
        const following = history.future[0];
        if (!doc || !following) return;
        changeDoc(keepCurrentStage(following, doc), {
          past: [...history.past, doc],
          future: history.future.slice(1),
          last: null,
        });
      },

      flushSave: () => saver.flush(),
      dismissError: () => set({ error: null }),
    };
  });
}
