/** What the diagram page's `groundworkDrawDiagram` returns: a PNG (base64) at `scale` × the CSS size, or why not. */
export type PageDiagram = { ok: true; png: string; width: number; height: number } | { ok: false; message: string };

/** The folder of the built page, beside the command line's bundle (out/cli/diagram-page). */
export const diagramPageFolder = 'diagram-page';
