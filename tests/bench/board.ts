// `npm run bench` (after the web build): how a cards board with 1,000 cards feels, measured in
// Debian's Chromium through Playwright against the web build, each figure against the same
// measurement on a 10-card board in the same run.
import type { Browser, Page } from '@playwright/test';
import { createWorkshop } from '../../shared/model/templates';
import type { Workshop } from '../../shared/model/workshop';
import { cardColors, newCard } from '../../shared/model/workshop';
import { benchContext, seedWorkshop, withWebApp } from './web-app';
import { compared, median, report } from './results';

const keystrokes = 40;
const opens = 7;

/** The template workshop with `count` pain-point cards, as a facilitator would have after a long session. */
function boardWith(count: number): Workshop {
  let n = 0;
  const doc = createWorkshop({ template: 'llm-landing', title: `Bench ${count}`, language: 'zh-CN', now: '2026-11-28T09:00:00.000Z', makeId: () => `b${count}x${++n}` });
  const stages = doc.stages.map((s, i) =>
    i === 1 && s.kind === 'cards'
      ? {
          ...s,
          cards: Array.from({ length: count }, (_, c) =>
            newCard({
              id: `card${c}`,
              text: `坐席痛点 ${c}：客户等待时间过长，需要在多个系统之间切换 (agent pain point ${c})`,
              color: cardColors[c % cardColors.length] ?? 'yellow',
              tags: c % 4 === 0 ? ['坐席'] : [],
              fields: c % 2 === 0 ? { persona: '一线坐席', severity: String((c % 5) + 1) } : {},
              createdAt: '2026-11-28T09:30:00.000Z',
            }),
          ),
        }
      : s,
  );
  return { ...doc, stages, currentStageId: doc.stages[1]?.id ?? null };
}


/** From the click on the workshop in the list to the frame that shows its last card. */
async function openBoard(page: Page, doc: Workshop, count: number): Promise<number> {
  await page.goto('/');
  // CSS selectors, not role queries: those switch on Chromium's accessibility tree, which a
  // facilitator without a screen reader does not pay for.
  await page.locator('button.workshop-open').first().waitFor();
  return page.evaluate(
    ([title, last]) =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(title));
        const start = performance.now();
        const check = () => {
          if (document.querySelector(`[aria-label="${last}"]`)) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          else requestAnimationFrame(check);
        };
        button?.click();
        requestAnimationFrame(check);
      }),
    [doc.title, `Text of card ${count}`] as const,
  );
}

/** Key press in a card's text to the frame that shows it: median over `keystrokes` presses. */
async function typing(page: Page): Promise<number> {
  const box = page.locator('textarea[aria-label="Text of card 1"]');
  await box.click();
  await page.evaluate(() => {
    const w = window as unknown as { gwDurations: number[] };
    w.gwDurations = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.gwDurations.push(performance.now() - start)));
      },
      { capture: true },
    );
  });
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(i % 2 ? 'x' : 'y');
    await page.waitForFunction((n) => (window as unknown as { gwDurations: number[] }).gwDurations.length > n, i);
  }
  const durations = await page.evaluate(() => (window as unknown as { gwDurations: number[] }).gwDurations);
  return median(durations.slice(5));
}

async function measure(browser: Browser, baseURL: string, count: number) {
  const context = await benchContext(browser, baseURL, 'en');
  const page = await context.newPage();
  await page.goto('/');
  // The listing has been read, so the app has opened (and upgraded) its database.
  await page.locator('.home-list .empty, .workshop-list').first().waitFor();
  const doc = boardWith(count);
  await seedWorkshop(page, doc);
  const openTimes: number[] = [];
  for (let i = 0; i < opens; i++) openTimes.push(await openBoard(page, doc, count));
  const input = await typing(page);
  await context.close();
  return { open: median(openTimes.slice(1)), input };
}

async function main() {
  await withWebApp(4183, async (browser, baseURL) => {
    const small = await measure(browser, baseURL, 10);
    const large = await measure(browser, baseURL, 1000);
    await report(
      {
        'board.1000cards.input_ms': compared(large.input, small.input),
        'board.1000cards.open_ms': compared(large.open, small.open),
      },
      {
        'board.1000cards.input_ms': 'ratio <= 1.5 and value <= 50 ms; baseline: the same on a 10-card board',
        'board.1000cards.open_ms': 'reported; baseline: opening a 10-card board',
      },
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
