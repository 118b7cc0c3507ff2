import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { FontFace } from '../../../shared/ipc';
import { fail, ok } from '../../../shared/result';
import { errorCode } from '../store/atomic-write';
import type { IpcRegistrar } from './register';
import { handle } from './register';

/**
 * The only files this channel ever reads: the two faces of LXGW WenKai the PDF embeds, shipped in
 * the built renderer (out/renderer/fonts/, copied from renderer/public/fonts). The renderer names
 * a face, never a path, so no argument can reach any other file.
 */
export const fontFiles: Record<FontFace, string> = {
  regular: 'LXGWWenKai-Regular.ttf',
  bold: 'LXGWWenKai-Bold.ttf',
};

/** Reads a face from the first folder that has it (the built renderer's fonts/; in dev, the sources). */
export async function readFontFile(folders: readonly string[], face: FontFace): Promise<Uint8Array | null> {
  for (const folder of folders) {
    try {
      const bytes = await fsp.readFile(path.join(folder, fontFiles[face]));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return null;
}

/** The fonts channel: 'fonts:read' { face } → the TTF's bytes (15 MB; read on each call, the renderer keeps them). */
export function registerFontHandlers(registrar: IpcRegistrar, folders: readonly string[]): void {
  handle(registrar, 'fonts:read', async ({ face }) => {
    const bytes = await readFontFile(folders, face);
    return bytes ? ok(bytes) : fail('not-found', { detail: `fonts/${fontFiles[face]}` });
  });
}

/**
 * Where the fonts are: `fonts/` in the built renderer next to the main bundle, and — only when
 * running from the dev server, which serves the sources — renderer/public/fonts.
 */
export function fontFoldersFor(rendererRoot: string, devServerUrl: string | undefined): string[] {
  const built = path.join(rendererRoot, 'fonts');
  return devServerUrl ? [built, path.resolve(rendererRoot, '..', '..', 'renderer', 'public', 'fonts')] : [built];
}
