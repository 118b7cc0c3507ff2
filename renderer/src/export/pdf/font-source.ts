/**
 * Where the PDF engine gets the bytes of LXGW WenKai. The engine itself never loads anything: the
 * caller hands it the two faces, so it runs the same in Node (tests, bench, command line), in a
 * worker and on the page. Implementations:
 * - `font-source-bundled.ts`: the TTFs as lazily imported modules (works under the app's CSP,
 *   where `fetch` is blocked by `connect-src 'none'`);
 * - `font-source-host.ts`: bytes read by the host (the Electron main process over IPC);
 * - tests and the bench read the files from renderer/public/fonts.
 */
export type FontFaceName = 'regular' | 'bold';

/**
 * A TrueType font: its bytes, or a string jsPDF understands — a binary string (one char per byte,
 * starting with the TTF signature) or base64 text.
 */
export type FontData = Uint8Array | string;

export interface FontSource {
  load(face: FontFaceName): Promise<FontData>;
}

export interface LoadedFonts {
  regular: FontData;
  bold: FontData;
}

export async function loadFonts(source: FontSource): Promise<LoadedFonts> {
  const [regular, bold] = await Promise.all([source.load('regular'), source.load('bold')]);
  return { regular, bold };
}

/** A source that loads each face once and then hands out the same data (fonts are 15 MB each). */
export function cachedFontSource(source: FontSource): FontSource {
  const cache = new Map<FontFaceName, Promise<FontData>>();
  return {
    load(face) {
      let pending = cache.get(face);
      if (!pending) {
        pending = source.load(face);
        pending.catch(() => cache.delete(face));
        cache.set(face, pending);
      }
      return pending;
    },
  };
}

const binaryStrings = new WeakMap<Uint8Array, string>();

/** The form jsPDF's virtual file system takes: a string. Bytes become a binary string, once. */
export function toVfsString(data: FontData): string {
  if (typeof data === 'string') return data;
  const cached = binaryStrings.get(data);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  const step = 0x8000;
  for (let i = 0; i < data.length; i += step) {
    parts.push(String.fromCharCode.apply(null, data.subarray(i, i + step) as unknown as number[]));
  }
  const binary = parts.join('');
  binaryStrings.set(data, binary);
  return binary;
}
