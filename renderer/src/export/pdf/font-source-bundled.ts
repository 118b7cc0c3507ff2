import type { FontData, FontFaceName, FontSource } from './font-source';

/**
 * The fonts as part of the app's own code: Vite turns `?inline` into a module whose default export
 * is a base64 data URL, emitted as a separate chunk and imported only on the first export. Module
 * scripts are allowed by the CSP (`script-src 'self'`) where `fetch` is not (`connect-src 'none'`),
 * in the web build, in Electron, and in a module worker alike.
 *
 * Cost: each face adds a ~21 MB chunk (base64 of 15.7 MB) to the build output, next to the TTFs in
 * public/fonts that the UI's @font-face uses. The Electron app should prefer `hostFontSource`
 * (read by the main process, no copy in the bundle); this is the web build's source.
 */
const modules: Record<FontFaceName, () => Promise<{ default: string }>> = {
  regular: () => import('../../../public/fonts/LXGWWenKai-Regular.ttf?inline'),
  bold: () => import('../../../public/fonts/LXGWWenKai-Bold.ttf?inline'),
};

export function bundledFontSource(): FontSource {
  return {
    async load(face): Promise<FontData> {
      const url = (await modules[face]()).default;
      const comma = url.indexOf(',');
      if (!url.startsWith('data:') || comma < 0) throw new Error(`font ${face}: not inlined as a data URL`);
      // jsPDF takes base64 text as it is (it decodes it itself).
      return url.slice(comma + 1);
    },
  };
}
