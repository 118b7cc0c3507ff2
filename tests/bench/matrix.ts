// `npm run bench` (after the web build): how the decision matrix keeps up with the room, measured in
// Debian's Chromium against the web build. A 20-option × 30-criterion matrix with pairwise weights
// (inconsistent, so the consistency advice is computed too) against a 4 × 8 matrix in the same run:
// one agreed score changed → the frame that shows it; one what-if weight moved → the frame with the
// new ranking, bar and radar charts and sensitivity.
import type { Browser, Page } from '@playwright/test';
import { createWorkshop } from '../../shared/model/templates';
import type { Criterion, Workshop } from '../../shared/model/workshop';
import { benchContext, seedWorkshop, withWebApp } from './web-app';
import { compared, median, report } from './results';

const changes = 25;

function matrixWorkshop(options: number, criteriaCount: number): Workshop {
  let n = 0;
  const doc = createWorkshop({ template: 'llm-landing', title: `Matrix ${options}x${criteriaCount}`, language: 'en', now: '2026-11-28T09:00:00.000Z', makeId: () => `m${options}x${++n}` });
  const criteria: Criterion[] = Array.from({ length: criteriaCount }, (_, k) => ({
    id: `crit${k}`, name: `Criterion ${k + 1}`, description: '', direction: k % 3 ? 'benefit' : 'cost', scale: k % 2 ? 'rating' : 'measured',
    unit: k % 2 ? '' : 'ms', knockout: k === 1 ? 2 : null, libraryKey: null, linkedCardIds: [],
  }));
  const pairwise = criteria.flatMap((a, i) => criteria.slice(i + 1).map((b, j) => ({ a: a.id, b: b.id, value: [3, 1 / 5, 7, 1 / 2, 5][(i * 7 + j) % 5]! })));
  const stages = doc.stages.map((s) =>
    s.kind === 'matrix'
      ? {
          ...s,
          options: Array.from({ length: options }, (_, i) => ({ id: `opt${i}`, name: `Option ${i + 1}`, description: '' })),
          criteria,
          weighting: { mode: 'pairwise' as const, direct: {}, pairwise },
          scores: Array.from({ length: options }).flatMap((_, i) =>
            criteria.map((c, k) => ({ optionId: `opt${i}`, criterionId: c.id, value: k % 2 ? 1 + ((i * 3 + k) % 5) : 100 + ((i * 37 + k * 11) % 900), rationale: '', evidence: '' })),
          ),
        }
      : s,
  );
  return { ...doc, stages, currentStageId: doc.stages.find((s) => s.kind === 'matrix')?.id ?? null };
}


/** From an input event on `selector` to the next frame after React has rendered it: median. */
async function frames(page: Page, selector: string, values: (i: number) => string): Promise<number> {
  const durations: number[] = [];
  for (let i = 0; i < changes; i++) {
    durations.push(
      await page.evaluate(
        ([sel, value]) =>
          new Promise<number>((resolve) => {
            const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel);
            if (!el) throw new Error(`no ${sel}`);
            const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
            const start = performance.now();
            setter?.call(el, value);
            el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          }),
        [selector, values(i)] as const,
      ),
    );
  }
  return median(durations.slice(3));
}

async function measure(browser: Browser, baseURL: string, options: number, criteria: number) {
  const context = await benchContext(browser, baseURL, 'en');
  const page = await context.newPage();
  await page.goto('/');
  const doc = matrixWorkshop(options, criteria);
  await seedWorkshop(page, doc);
  await page.goto('/');
  await page.locator('button.workshop-open').first().click();
  await page.locator('#matrix-tab-scoring').click();
  const score = await frames(page, 'table.score-grid tbody tr:first-child td:nth-of-type(2) select', (i) => String(1 + (i % 5)));
  await page.locator('#matrix-tab-results').click();
  await page.locator('details.what-if summary').click();
  const whatIf = await frames(page, 'ul.what-if-list li:first-child input[type=range]', (i) => String(10 + ((i * 13) % 80)));
  await context.close();
  return { score, whatIf };
}

async function main() {
  await withWebApp(4184, async (browser, baseURL) => {
    const small = await measure(browser, baseURL, 4, 8);
    const large = await measure(browser, baseURL, 20, 30);
    await report(
      { 'matrix.20x30.recompute_ms': compared(large.score, small.score), 'matrix.20x30.whatif_ms': compared(large.whatIf, small.whatIf) },
      {
        'matrix.20x30.recompute_ms': '≤ 16 ms median: one agreed score changed to the frame that shows it; baseline: a 4 × 8 matrix',
        'matrix.20x30.whatif_ms': 'reported: one what-if weight to the frame with the new ranking, charts and sensitivity; baseline: 4 × 8',
      },
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
