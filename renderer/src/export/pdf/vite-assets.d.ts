/** Vite's `?inline` asset imports: the file as a base64 data URL (see font-source-bundled.ts). */
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
