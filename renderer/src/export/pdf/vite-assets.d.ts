/** Vite's `?inline` asset imports: the file as a base64 data URL (see font-source-bundled.ts). */
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}

/** True in the web build, which carries the PDF fonts in its own code; false in Electron's (see pdf.worker.ts). */
declare const __GW_BUNDLED_FONTS__: boolean;
