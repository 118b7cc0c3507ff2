import type { default as MermaidApi, MermaidConfig } from 'mermaid';
import { drawWithoutInlineStyles } from './mermaid-csp';
import type { SvgImage } from './svg-image';
import { finishSvg } from './svg-image';

/**
 * Mermaid, offline: the library ships inside the app and is loaded (its own chunk) the first time
 * a note holds a diagram. One diagram is drawn at a time, off screen, with the settings below; the
 * result is an SVG image (svg-image.ts), never markup in the page.
 */

/**
 * Settings a diagram may not change with `%%{init: …}%%` or front matter: Mermaid removes these
 * keys from directives at every depth (so `flowchart.htmlLabels` too).
 */
const lockedKeys = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'suppressErrorRendering',
  'htmlLabels',
  'themeCSS',
  'fontFamily',
  'altFontFamily',
  'dompurifyConfig',
  'legacyMathML',
  'forceLegacyMathML',
  'deterministicIds',
  'deterministicIDSeed',
];

export const mermaidConfig: MermaidConfig = {
  startOnLoad: false,
  // Text in labels is escaped, click handlers and links are off, the output is sanitised.
  securityLevel: 'strict',
  // Labels as SVG text: no <foreignObject> HTML (and a canvas that draws the image stays clean).
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  suppressErrorRendering: true,
  theme: 'default',
  // Fonts the system has: an SVG image cannot use the page's web fonts.
  fontFamily: '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "trebuchet ms", verdana, arial, sans-serif',
  logLevel: 'fatal',
  deterministicIds: true,
  secure: lockedKeys,
};

type Mermaid = typeof MermaidApi;
let loading: Promise<Mermaid> | null = null;

/** The library, loaded and configured once. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize(mermaidConfig);
    return mermaid;
  });
  return loading;
}

export type DiagramResult = ({ ok: true } & SvgImage) | { ok: false; message: string };

/**
 * Event-handler and style attributes inside HTML-like tags of a diagram's labels. Mermaid's strict
 * mode removes them anyway (it sanitises label text with DOMPurify), but parsing them at all makes
 * the page's CSP report a refused inline handler or style; so they go before Mermaid sees them.
 */
export function withoutInlineAttributes(source: string): string {
  return source.replace(/<[a-z!/][^<>]*>/gi, (tag) => tag.replace(/\s(?:on[a-z]+|style|srcdoc|formaction)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, ''));
}

let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

function stageElement(): HTMLElement {
  let stage = document.getElementById('gw-diagram-stage');
  if (!stage) {
    stage = document.createElement('div');
    stage.id = 'gw-diagram-stage';
    stage.className = 'diagram-stage';
    stage.setAttribute('aria-hidden', 'true');
    document.body.append(stage);
  }
  return stage;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : String((error as { str?: unknown })?.str ?? error);
  return text.slice(0, 2000);
}

async function drawNow(source: string): Promise<DiagramResult> {
  const mermaid = await loadMermaid();
  const stage = stageElement();
  const id = `gw-mermaid-${++counter}`;
  try {
    const { value, css } = await drawWithoutInlineStyles(stage, () => mermaid.render(id, withoutInlineAttributes(source), stage));
    const image = finishSvg(value.svg, css.join('\n'));
    return image ? { ok: true, ...image } : { ok: false, message: 'Mermaid returned no drawing' };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  } finally {
    stage.replaceChildren();
  }
}

/** Recent drawings by source: switching stages or sections back and forth draws nothing again. */
const drawn = new Map<string, DiagramResult>();
const keep = 60;

/** Draws `source`; results arrive in the order asked. A syntax error comes back as `message`. */
export function renderDiagram(source: string): Promise<DiagramResult> {
  const known = drawn.get(source);
  if (known) return Promise.resolve(known);
  const next = queue.then(() => drawNow(source));
  queue = next.catch(() => undefined);
  return next.then((result) => {
    drawn.delete(source);
    drawn.set(source, result);
    if (drawn.size > keep) drawn.delete(drawn.keys().next().value ?? '');
    return result;
  });
}

let preloaded = false;

/**
 * Loads Mermaid and draws two tiny diagrams while the app is idle, so the first diagram of the
 * day appears at once: the library (its own chunk) and the flowchart and sequence chunks are then
 * in memory. Called once by the facilitator's window; the presenter window never draws diagrams.
 */
export function preloadWhenIdle(): void {
  if (preloaded || typeof window === 'undefined' || typeof window.requestIdleCallback !== 'function') return;
  preloaded = true;
  window.requestIdleCallback(() => void renderDiagram('flowchart LR\n  a --> b').then(() => renderDiagram('sequenceDiagram\n  a ->> b: c')), { timeout: 10_000 });
}
