import { styleCarrier } from './svg-image';

/**
 * REVIEWED EXCEPTION (docs/threat-model.md, T1/T2 "Mermaid"): Mermaid lays a diagram out in the
 * live page (it measures text), writing `style="…"` attributes and one <style> element as it goes,
 * and then sanitises its own markup by parsing it (DOMPurify → DOMParser). Under the app's CSP
 * (`style-src 'self'`, no 'unsafe-inline') every one of those is refused and reported, and the
 * layout is measured without the diagram's styles.
 *
 * While one diagram is drawn inside `stage` (an off-screen element of ours), this module makes the
 * same styles apply through the CSS object model, which the CSP does not govern and which cannot
 * run script:
 *  - `setAttribute('style', v)` on an element of the stage (or not yet in the page) sets
 *    `element.style.cssText = v`;
 *  - a <style> element inserted there is replaced by an inert element of a private namespace, and
 *    its text becomes a constructed style sheet adopted by the document until the drawing ends;
 *  - Mermaid's serialisation of the stage (`innerHTML`) carries `style` attributes as
 *    `data-gw-style` and leaves the inert element out, so its sanitiser parses no inline style.
 * The patches are installed for one drawing at a time and removed in `finally`; elements outside
 * the stage are never affected. The result is only ever shown as an <img> (svg-image.ts).
 */

const inertNamespace = 'urn:x-groundwork:inert';

export interface CspSafeDrawing<T> {
  value: T;
  /** The text of every style element the drawing inserted, in order. */
  css: string[];
}

let active = false;

export async function drawWithoutInlineStyles<T>(stage: HTMLElement, draw: () => Promise<T>): Promise<CspSafeDrawing<T>> {
  if (active) throw new Error('one diagram at a time');
  active = true;
  const css: string[] = [];
  const sheets: CSSStyleSheet[] = [];
  const ours = (node: Node) => !node.isConnected || stage.contains(node);

  const { setAttribute } = Element.prototype;
  const { insertBefore, appendChild } = Node.prototype;
  const innerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');

  const divert = <N extends Node>(parent: Node, node: N): Node => {
    if (!(node instanceof HTMLStyleElement || node instanceof SVGStyleElement) || !ours(parent)) return node;
    const text = node.textContent ?? '';
    css.push(text);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.push(sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return document.createElementNS(inertNamespace, 'style');
  };

  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement) && ours(this)) {
      this.style.cssText = String(value);
      return;
    }
    setAttribute.call(this, name, value);
  };
  Node.prototype.insertBefore = function <N extends Node>(this: Node, node: N, child: Node | null): N {
    const inserted = divert(this, node);
    insertBefore.call(this, inserted, child);
    return node;
  };
  Node.prototype.appendChild = function <N extends Node>(this: Node, node: N): N {
    const inserted = divert(this, node);
    appendChild.call(this, inserted);
    return node;
  };
  if (innerHtml?.get && innerHtml.set) {
    const read = innerHtml.get;
    Object.defineProperty(Element.prototype, 'innerHTML', {
      configurable: true,
      enumerable: innerHtml.enumerable ?? true,
      set: innerHtml.set,
      get(this: Element) {
        if (!stage.contains(this) || this === stage) return read.call(this) as string;
        const copy = this.cloneNode(true) as Element;
        for (const el of copy.querySelectorAll('[style]')) {
          setAttribute.call(el, styleCarrier, el.getAttribute('style') ?? '');
          el.removeAttribute('style');
        }
        for (const el of [...copy.getElementsByTagNameNS(inertNamespace, 'style')]) el.remove();
        return read.call(copy) as string;
      },
    });
  }

  try {
    return { value: await draw(), css };
  } finally {
    Element.prototype.setAttribute = setAttribute;
    Node.prototype.insertBefore = insertBefore;
    Node.prototype.appendChild = appendChild;
    if (innerHtml) Object.defineProperty(Element.prototype, 'innerHTML', innerHtml);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !sheets.includes(s));
    active = false;
  }
}
