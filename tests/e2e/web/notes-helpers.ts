import type { Page } from '@playwright/test';

/** Shared steps of the notes tests: the CodeMirror editor, the preview, and a CSP/console probe. */

export const editor = (page: Page) => page.locator('.markdown-editor .cm-content');
export const preview = (page: Page) => page.getByRole('region', { name: /^(预览|Preview)$/ });

export async function editorText(page: Page): Promise<string> {
  return page.locator('.markdown-editor .cm-content').evaluate((el) => {
    // CodeMirror renders one .cm-line per line (only those in view, which is all of a short note).
    return [...el.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n');
  });
}

/** Types at the end of the source, as a facilitator would (Ctrl+End, then the text). */
export async function typeInEditor(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

interface CspProbe {
  violations: string[];
  errors: string[];
}

/** Records every CSP violation and every console error or warning, from before the app's first script. */
export async function installCspProbe(page: Page): Promise<() => Promise<CspProbe>> {
  await page.addInitScript(() => {
    const record: CspProbe = { violations: [], errors: [] };
    Object.defineProperty(window, '__cspProbe', { value: record });
    document.addEventListener('securitypolicyviolation', (e) => record.violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`), true);
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return async () => {
    const inPage = await page.evaluate(() => (window as unknown as { __cspProbe: CspProbe }).__cspProbe);
    return { violations: inPage.violations, errors: [...inPage.errors, ...consoleErrors] };
  };
}
