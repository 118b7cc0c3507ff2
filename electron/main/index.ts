import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow as BrowserWindowType } from 'electron';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { devServerUrlFrom } from './app-url';
import { registerPresenterHandlers } from './ipc/presenter';
import { removeStrayIpcListeners } from './ipc/register';
import { registerSettingsHandlers } from './ipc/settings';
import { registerWorkshopHandlers } from './ipc/workshops';
import { registerAppProtocol, registerAppScheme, rendererRootFor } from './protocol';
import { guardAllSessions, guardAllWebContents, guardSession } from './security';
import { createSettingsStore } from './store/settings-store';
import { createWorkshopStore } from './store/workshop-store';
import { createMainWindow } from './window';

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

  guardAllWebContents(app, guardOptions);

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  const start = async () => {
    await app.whenReady();
    guardSession(session.defaultSession, guardOptions);
    guardAllSessions(app, guardOptions);
    registerAppProtocol(protocol, rendererRootFor(mainDir));

    const userData = app.getPath('userData');
    const settings = createSettingsStore({ cwd: userData, locale: app.getLocale() });
    const workshops = createWorkshopStore(path.join(userData, 'workshops'));
    const registrar = { ipcMain, devServerUrl };
    registerWorkshopHandlers(registrar, workshops);
    registerSettingsHandlers(registrar, settings);
    registerPresenterHandlers(registrar, { mainDir, owner: () => mainWindow });
    removeStrayIpcListeners(ipcMain);

    const openWindow = () => {
      mainWindow = createMainWindow({ settings, mainDir, devServerUrl });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    };
    openWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
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
