import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps untrusted workshop content from becoming HTML in the renderer
 * (eslint.config.js, `rawHtmlSinks`): checked against code that would break it, so the rule
 * cannot silently stop matching. The browser suite proves the same for what the UI renders today.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

async function rawHtmlErrors(code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, 'renderer/src/features/probe.tsx') });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('no raw HTML in the renderer', () => {
  it('flags every way to turn a string into markup', async () => {
    const sinks = [
      'export const A = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: text }} />;',
      'export function a(el: HTMLElement, text: string) { el.innerHTML = text; }',
      'export function a(el: HTMLElement, text: string) { el.outerHTML = text; }',
      'export function a(el: HTMLIFrameElement, text: string) { el.srcdoc = text; }',
      "export function a(el: HTMLElement, text: string) { el.insertAdjacentHTML('beforeend', text); }",
      'export function a(text: string) { document.write(text); }',
      'export function a(text: string) { return document.createRange().createContextualFragment(text); }',
      "export function a(text: string) { return new DOMParser().parseFromString(text, 'text/html'); }",
    ];
    for (const code of sinks) expect(await rawHtmlErrors(code), code).toBe(1);
  });

  it('lets text through', async () => {
    expect(await rawHtmlErrors('export const A = ({ text }: { text: string }) => <p>{text}</p>;')).toBe(0);
    expect(await rawHtmlErrors('export function a(el: HTMLElement, text: string) { el.textContent = text; }')).toBe(0);
  });
});
