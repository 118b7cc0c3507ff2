import type { FontData, FontFaceName, FontSource } from './font-source';

/**
 * Fonts read by the host: in Electron the main process reads the TTF from the app's own files
 * (out/renderer/fonts/, the folder app:// serves) and returns the bytes over IPC — no network, so
 * the CSP's `connect-src 'none'` does not apply, and no 42 MB base64 copy in the bundle.
 */
export type ReadFont = (face: FontFaceName) => Promise<Uint8Array>;

export function hostFontSource(read: ReadFont): FontSource {
  return {
    async load(face): Promise<FontData> {
      const bytes = await read(face);
      if (bytes.length < 12 || bytes[0] !== 0 || bytes[1] !== 1 || bytes[2] !== 0 || bytes[3] !== 0) {
        // TTC collections and CFF-flavoured OpenType fonts produce broken text in jsPDF without an error.
        throw new Error(`font ${face}: not a TrueType (.ttf) font`);
      }
      return bytes;
    },
  };
}
