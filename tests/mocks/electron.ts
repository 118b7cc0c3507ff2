/**
 * A recording stand-in for the `electron` module (the real one cannot load here: it downloads a
 * binary). Use it in a test file with
 *
 *   vi.mock('electron', async () => (await import('../../mocks/electron')).electronModule());
 *
 * then import `electron` from this file to read what the code under test registered, and call
 * `electron.reset()` in `beforeEach`.
 */
type Listener = (...args: unknown[]) => unknown;

/** A minimal EventEmitter that records listeners so tests can fire events by name. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    for (const listener of list) listener(...args);
    return list.length > 0;
  }
  eventNames(): string[] {
    return [...this.listeners].filter(([, list]) => list.length > 0).map(([name]) => name);
  }
  removeAllListeners(event?: string): this {
    if (event === undefined) this.listeners.clear();
    else this.listeners.delete(event);
    return this;
  }
}

/** An Electron-style event whose `preventDefault` is observable. */
export function fakeEvent(): { defaultPrevented: boolean; preventDefault: () => void } {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  devToolsOpen = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Simulates DevTools opening (by shortcut, menu or code): Electron emits 'devtools-opened'. */
  openDevTools(): void {
    this.devToolsOpen = true;
    this.emit('devtools-opened');
  }
  closeDevTools(): void {
    this.devToolsOpen = false;
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  bounds: Rect;
  visible = false;
  destroyed = false;
  minimized = false;
  fullScreen: boolean;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.fullScreen = options.fullscreen === true;
    const num = (key: string, fallback: number) => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: num('x', 0), y: num('y', 0), width: num('width', 800), height: num('height', 600) };
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  /** Simulates the user dragging or resizing the window. */
  setBoundsByUser(bounds: Rect): void {
    this.bounds = { ...bounds };
    this.emit('resize');
  }
  close(): void {
    this.emit('close', fakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** A display as `screen` reports it: an id, its full bounds and the work area (without task bars). */
export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export const laptopDisplay = (): FakeDisplay => ({
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1080 },
});

/** A projector to the right of the laptop. */
export const projectorDisplay = (): FakeDisplay => ({
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
});

/** What a `dialog.showMessageBox` call was given: its parent window (or null) and its options. */
export interface RecordedMessageBox {
  parent: unknown;
  options: { message: string; detail?: string; title?: string; buttons?: string[]; defaultId?: number; cancelId?: number; type?: string };
}

/** What a `dialog.showSaveDialog` call was given: its parent window (or null) and its options. */
export interface RecordedSaveDialog {
  parent: unknown;
  options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[]; properties?: string[] };
}

/** What a `dialog.showOpenDialog` call was given: its parent window (or null) and its options. */
export interface RecordedOpenDialog {
  parent: unknown;
  options: { filters?: { name: string; extensions: string[] }[]; properties?: string[] };
}

/** A session that records the handlers and settings the code under test gives it. */
export function createFakeSession() {
  const session = {
    permissionRequestHandler: undefined as Handler | undefined,
    permissionCheckHandler: undefined as Handler | undefined,
    beforeRequest: undefined as Handler | undefined,
    spellCheckerEnabled: true,
    dictionaryDownloadUrl: undefined as string | undefined,
    setPermissionRequestHandler(handler: Handler) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler) {
      this.permissionCheckHandler = handler;
    },
    setSpellCheckerEnabled(enable: boolean) {
      this.spellCheckerEnabled = enable;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      this.dictionaryDownloadUrl = url;
    },
    webRequest: {
      onBeforeRequest: (handler: Handler) => {
        session.beforeRequest = handler;
      },
    },
  };
  return session;
}

export function createElectronMock() {
  let resolveReady: () => void = () => undefined;
  const state = {
    userData: '/nonexistent/userData',
    locale: 'en-US',
    singleInstance: true,
    ready: new Promise<void>(() => undefined),
    quitCalls: 0,
    /** Whether `app.enableSandbox()` was called. */
    sandboxEnabled: false,
    /** What `app.isReady()` answers: true once `makeReady()` ran. */
    isReady: false,
  };

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getPath: (name: string) => (name === 'userData' ? state.userData : `/nonexistent/${name}`),
    getVersion: () => '0.0.0-test',
    getLocale: () => state.locale,
    requestSingleInstanceLock: () => state.singleInstance,
    enableSandbox: () => {
      state.sandboxEnabled = true;
    },
    whenReady: () => state.ready,
    isReady: () => state.isReady,
    quit: () => {
      state.quitCalls += 1;
    },
    exit: () => undefined,
  });

  const handlers = new Map<string, Handler>();
  const ipcMain = Object.assign(new Emitter(), {
    handlers,
    /** Accepts any listener (as Electron's typing does); tests call it with a fake event. */
    handle(channel: string, handler: (event: never, arg: never) => unknown) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler as Handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  });

  const defaultSession = createFakeSession();

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
      this.handlers.set(scheme, handler);
    },
  };

  const exposed = new Map<string, unknown>();
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) };
  const invocations: { channel: string; args: unknown[] }[] = [];
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => {
      invocations.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
  };

  const dialog = {
    messageBoxes: [] as RecordedMessageBox[],
    /** The button index the next message boxes answer with (0 unless a test sets it). */
    nextResponse: 0,
    showMessageBox(parentOrOptions: unknown, maybeOptions?: RecordedMessageBox['options']) {
      const options = (maybeOptions ?? parentOrOptions) as RecordedMessageBox['options'];
      dialog.messageBoxes.push({ parent: maybeOptions === undefined ? null : parentOrOptions, options });
      return Promise.resolve({ response: dialog.nextResponse, checkboxChecked: false });
    },
    openDialogs: [] as RecordedOpenDialog[],
    /** What the next open dialogs answer: the chosen paths, or undefined for Cancel. */
    nextOpenPaths: undefined as string[] | undefined,
    showOpenDialog(parentOrOptions: unknown, maybeOptions?: RecordedOpenDialog['options']) {
      const options = (maybeOptions ?? parentOrOptions) as RecordedOpenDialog['options'];
      dialog.openDialogs.push({ parent: maybeOptions === undefined ? null : parentOrOptions, options });
      const filePaths = dialog.nextOpenPaths;
      return Promise.resolve(filePaths === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths });
    },
    saveDialogs: [] as RecordedSaveDialog[],
    /** What the next save dialogs answer: the chosen path, or undefined for Cancel. */
    nextSavePath: undefined as string | undefined,
    showSaveDialog(parentOrOptions: unknown, maybeOptions?: RecordedSaveDialog['options']) {
      const options = (maybeOptions ?? parentOrOptions) as RecordedSaveDialog['options'];
      dialog.saveDialogs.push({ parent: maybeOptions === undefined ? null : parentOrOptions, options });
      const filePath = dialog.nextSavePath;
      return Promise.resolve(filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath });
    },
  };

  const shell = {
    openedExternally: [] as string[],
    /** When set, openExternal rejects with this error (the OS has no handler, for example). */
    failWith: undefined as Error | undefined,
    openExternal(url: string) {
      shell.openedExternally.push(url);
      return shell.failWith ? Promise.reject(shell.failWith) : Promise.resolve();
    },
  };

  const screen = {
    displays: [laptopDisplay()] as FakeDisplay[],
    getAllDisplays() {
      return this.displays;
    },
    /** The first display is the primary one (the laptop), as set up by a test. */
    getPrimaryDisplay() {
      return this.displays[0] ?? laptopDisplay();
    },
  };

  const mock = {
    state,
    app,
    ipcMain,
    session: { defaultSession },
    protocol,
    contextBridge,
    exposed,
    ipcRenderer,
    invocations,
    screen,
    dialog,
    shell,
    BrowserWindow: FakeBrowserWindow,
    /** Fires the app's `ready`: `whenReady()` resolves from now on. */
    makeReady() {
      state.isReady = true;
      resolveReady();
    },
    reset() {
      state.userData = '/nonexistent/userData';
      state.locale = 'en-US';
      state.singleInstance = true;
      state.quitCalls = 0;
      state.sandboxEnabled = false;
      state.isReady = false;
      app.isPackaged = false;
      state.ready = new Promise<void>((resolve) => {
        resolveReady = resolve;
      });
      app.removeAllListeners();
      ipcMain.removeAllListeners();
      // As Electron does: a no-op listener so a message on a channel named "error" does not throw.
      ipcMain.on('error', () => undefined);
      handlers.clear();
      Object.assign(defaultSession, { permissionRequestHandler: undefined, permissionCheckHandler: undefined, beforeRequest: undefined });
      Object.assign(defaultSession, { spellCheckerEnabled: true, dictionaryDownloadUrl: undefined });
      protocol.privileged.length = 0;
      protocol.handlers.clear();
      exposed.clear();
      invocations.length = 0;
      FakeBrowserWindow.instances = [];
      screen.displays = [laptopDisplay()];
      dialog.messageBoxes.length = 0;
      dialog.nextResponse = 0;
      dialog.openDialogs.length = 0;
      dialog.nextOpenPaths = undefined;
      dialog.saveDialogs.length = 0;
      dialog.nextSavePath = undefined;
      shell.openedExternally.length = 0;
      shell.failWith = undefined;
    },
  };
  mock.reset();
  return mock;
}

type ElectronMock = ReturnType<typeof createElectronMock>;
const globalKey = Symbol.for('groundwork.electronMock');
const holder = globalThis as typeof globalThis & { [globalKey]?: ElectronMock };

/**
 * The one mock shared by the code under test (through vi.mock) and the test that inspects it.
 * Kept on globalThis so `vi.resetModules()` (used to re-run electron/main/index.ts) keeps one instance.
 */
export const electron: ElectronMock = (holder[globalKey] ??= createElectronMock());

/** What `vi.mock('electron', …)` should return: named exports plus a default, as electron-store imports it. */
export function electronModule() {
  const { app, ipcMain, session, protocol, contextBridge, ipcRenderer, screen, dialog, shell, BrowserWindow } = electron;
  const named = { app, ipcMain, session, protocol, contextBridge, ipcRenderer, screen, dialog, shell, BrowserWindow };
  return { ...named, default: named };
}

/** An IPC invoke event as sent by a frame at `url` (null: the frame is gone). */
export function invokeEvent(url: string | null): { senderFrame: { url: string } | null } {
  return { senderFrame: url === null ? null : { url } };
}
