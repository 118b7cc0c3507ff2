import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow as BrowserWindowType } from 'electron';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { devServerUrlFrom } from './app-url';
import { registerPdfHandlers } from './ipc/export';
import { registerExternalLinkHandlers } from './ipc/external';
import { fontFoldersFor, registerFontHandlers } from './ipc/fonts';
import { registerPresenterHandlers } from './ipc/presenter';
import { removeStrayIpcListeners } from './ipc/register';
import { registerSettingsHandlers } from './ipc/settings';
import { registerTemplateHandlers } from './ipc/templates';
import { createOpenRequests, workshopFilesIn } from './open-requests';
import { registerAppProtocol, registerAppScheme, rendererRootFor } from './protocol';
import { guardAllSessions, guardAllWebContents, guardSession } from './security';
import { createSettingsStore } from './store/settings-store';
import { createTemplateStore } from './store/template-store';
import { createMainWindow } from './window';
import { setUpWorkshopFiles } from './workshop-files';

/** App lifecycle only: what runs before `ready`, on `ready`, and when windows come and go. */
const mainDir = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const guardOptions = { devServerUrl, isPackaged: app.isPackaged };

// Before ready: the privileged scheme, and the sandbox for every renderer.
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindowType | null = null;
  let openWindow: (() => void) | null = null;
  // Files to open: from this launch's command line, a double-click (macOS), or a second launch.
  const openRequests = createOpenRequests();
  for (const file of workshopFilesIn(process.argv.slice(1))) openRequests.push(file);

  guardAllWebContents(app, guardOptions);

  const showMainWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      if (app.isReady()) openWindow?.();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  app.on('second-instance', (_event: unknown, argv: string[], workingDirectory: string) => {
    for (const file of workshopFilesIn(argv.slice(1), workingDirectory)) openRequests.push(file);
    showMainWindow();
  });
  app.on('open-file', (event: { preventDefault(): void }, file: string) => {
    event.preventDefault();
    openRequests.push(file);
    showMainWindow();
  });

  const start = async () => {
    await app.whenReady();
    guardSession(session.defaultSession, guardOptions);
    guardAllSessions(app, guardOptions);
    registerAppProtocol(protocol, rendererRootFor(mainDir));

    const userData = app.getPath('userData');
    const settings = createSettingsStore({ cwd: userData, locale: app.getLocale() });
    const registrar = { ipcMain, devServerUrl };
    const { marker } = await setUpWorkshopFiles(registrar, { userData, settings, owner: () => mainWindow, requests: openRequests });
    // A clean quit: the next start offers no crash recovery.
    app.on('will-quit', () => marker.end());
    registerSettingsHandlers(registrar, settings);
    registerPresenterHandlers(registrar, { mainDir, owner: () => mainWindow });
    registerFontHandlers(registrar, fontFoldersFor(rendererRootFor(mainDir), devServerUrl));
    registerPdfHandlers(registrar, { owner: () => mainWindow });
    registerTemplateHandlers(registrar, { store: createTemplateStore(path.join(userData, 'templates')), owner: () => mainWindow });
    registerExternalLinkHandlers(registrar, { owner: () => mainWindow, settings });
    removeStrayIpcListeners(ipcMain);

    openWindow = () => {
      mainWindow = createMainWindow({ settings, mainDir, devServerUrl });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    };
    openWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow?.();
    });
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', error);
    app.exit(1);
  });
}
