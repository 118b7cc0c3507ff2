import { expect, test } from '@playwright/test';
import { agenda, createWorkshop, seriousViolations, workshopTitle } from './facilitation-helpers';

/** The presenter (projector) view: a second window that follows the facilitator live, read-only. */

test('the presenter window follows the facilitator live, hides blind cards, and has no serious accessibility issues', async ({ page, context }) => {
  // Opened before any workshop is: it waits, then picks up the facilitator's state.
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  const early = await context.newPage();
  await early.goto('/#/presenter');
  await expect(early.getByText('等待主持人…')).toBeVisible();

  await createWorkshop(page);
  await expect(early.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();
  await early.close();

  // F5 opens the presenter (and does not reload the facilitator's page).
  const opened = context.waitForEvent('page');
  await page.locator('body').press('F5');
  const presenter = await opened;
  await presenter.waitForLoadState();
  await expect(presenter.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();
  await expect(presenter.getByText(`${workshopTitle} · 第 1 / 9 阶段`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();

  await agenda(page).getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(presenter.getByRole('timer')).toContainText('1:00:00');
  await page.getByRole('button', { name: '开始计时' }).click();
  await expect(presenter.getByRole('timer')).toContainText('剩余');

  const composer = page.getByRole('textbox', { name: '新卡片' });
  await composer.fill('坐席要在五个系统里查一个答案');
  await page.getByRole('button', { name: '添加卡片' }).click();
  await expect(presenter.getByText('坐席要在五个系统里查一个答案')).toBeVisible();
  // Workshop content is untrusted: the presenter shows it as text, never as HTML.
  const payload = '<img src=x onerror="document.title=\'pwned\'">';
  await composer.fill(payload);
  await page.getByRole('button', { name: '添加卡片' }).click();
  await expect(presenter.getByText(payload)).toBeVisible();
  expect(await presenter.locator('img').count()).toBe(0);
  await expect(presenter).toHaveTitle('落地工坊 · 演示视图');

  // Blind entry: the room sees only how many cards wait for the reveal.
  await page.getByRole('button', { name: '开始匿名录入' }).click();
  for (const text of ['知识库文章过期', '转人工排队太久', '质检全靠人工抽检']) {
    await composer.fill(text);
    await page.getByRole('button', { name: '添加卡片' }).click();
  }
  await expect(presenter.getByText('3 张卡片在揭晓前隐藏')).toBeVisible();
  await expect(presenter.getByText('知识库文章过期')).toHaveCount(0);
  expect(await seriousViolations(presenter)).toEqual([]);
  await page.getByRole('button', { name: '公布全部卡片' }).click();
  await expect(presenter.getByText('知识库文章过期')).toBeVisible();
  await expect(presenter.getByText(/在揭晓前隐藏/)).toHaveCount(0);

  // The presenter speaks the facilitator's UI language; the content stays as written.
  await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
  await expect(presenter.getByText(`${workshopTitle} · Stage 2 of 9`)).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });

  // Closing the workshop leaves the room waiting.
  await page.getByRole('button', { name: '← 工作坊列表' }).click();
  await expect(presenter.getByText('等待主持人…')).toBeVisible();
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('the presenter button opens the presenter view in a second window', async ({ page, context }) => {
  await createWorkshop(page);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '演示视图' }).click();
  const presenter = await opened;
  await expect(presenter).toHaveURL(/#\/presenter$/);
  await expect(presenter.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();
  await expect(presenter.getByRole('timer')).toContainText('40:00');
});

test('the presenter shows vote counts only after the facilitator reveals them, most votes first', async ({ page, context }) => {
  await createWorkshop(page);
  await page.getByRole('button', { name: /^参与者/ }).click();
  await page.getByLabel('姓名', { exact: true }).fill('王丽');
  await page.getByLabel('姓名', { exact: true }).press('Enter');
  await page.keyboard.press('Escape');
  await agenda(page).getByRole('button', { name: /用户调研与痛点分析/ }).click();
  const composer = page.getByRole('textbox', { name: '新卡片' });
  for (const text of ['知识库文章过期', '坐席要在五个系统里查一个答案']) {
    await composer.fill(text);
    await page.getByRole('button', { name: '添加卡片' }).click();
  }
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '演示视图' }).click();
  const presenter = await opened;
  await expect(presenter.getByText('坐席要在五个系统里查一个答案')).toBeVisible();

  await page.getByRole('combobox', { name: '投票人' }).selectOption({ label: '王丽' });
  await page.getByRole('button', { name: '给卡片 2 投一票' }).click();
  await page.getByRole('button', { name: '给卡片 2 投一票' }).click();
  await page.getByRole('button', { name: '给卡片 1 投一票' }).click();
  await expect(presenter.getByText(/\d+ 票/)).toHaveCount(0);

  await page.getByRole('button', { name: '公布投票' }).click();
  const cards = presenter.locator('.presenter-card');
  await expect(cards.first()).toContainText('2 票');
  await expect(cards.first()).toContainText('坐席要在五个系统里查一个答案');
  await expect(cards.nth(1)).toContainText('1 票');
});

test('the presenter shows the matrix ranking as a chart, and hides it during a blind round', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByRole('list', { name: '示例工作坊' }).getByRole('button', { name: '打开副本：智能客服落地' }).click();
  await agenda(page).getByRole('button', { name: /^\d+ 技术选型/ }).click();
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '演示视图' }).click();
  const presenter = await opened;
  await expect(presenter.getByRole('heading', { level: 1, name: '技术选型' })).toBeVisible();
  const chart = presenter.getByRole('img', { name: '加权得分' });
  await expect(chart).toBeVisible();
  // The sample's winner leads, and the knocked-out hosted API is drawn greyed with its note.
  await expect(chart.locator('g.bar').first()).toContainText('RAG');
  await expect(chart.locator('g.bar.muted')).toContainText('已否决');
  expect(await seriousViolations(presenter)).toEqual([]);

  await page.getByRole('tab', { name: '评分' }).click();
  // The sample kept its last blind round: starting another asks first.
  await page.getByRole('button', { name: '开始新一轮' }).click();
  await page.getByRole('dialog', { name: '开始新一轮匿名评分？' }).getByRole('button', { name: '开始匿名评分' }).click();
  await expect(presenter.getByText('正在进行匿名评分：揭晓之后再显示排名。')).toBeVisible();
  await expect(presenter.getByRole('img', { name: '加权得分' })).toHaveCount(0);
});

test('on a 1024 × 768 projector the presenter shrinks a long board to fit, and shows notes as the room reads them', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByRole('list', { name: '示例工作坊' }).getByRole('button', { name: '打开副本：智能客服落地' }).click();
  // The sample opens at its last stage: eight actions and a monitoring plan.
  await expect(page.getByRole('heading', { level: 1, name: '持续优化与行动项' })).toBeVisible();
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '演示视图' }).click();
  const presenter = await opened;
  await presenter.setViewportSize({ width: 1024, height: 768 });
  await expect(presenter.getByRole('heading', { level: 1, name: '持续优化与行动项' })).toBeVisible();
  const lastAction = presenter.getByText('试点结束评审会：决定是否推广到全中心');
  await expect(lastAction).toBeInViewport();
  const measure = () =>
    presenter.evaluate(() => {
      const main = document.querySelector('main.presenter') as HTMLElement;
      return { overflow: main.scrollHeight - window.innerHeight, fontPx: parseFloat(getComputedStyle(main).fontSize) };
    });
  const small = await measure();
  expect(small.overflow).toBeLessThanOrEqual(4);
  // Shrunk from the 1024-pixel size (26 px), never below 60 % of it.
  expect(small.fontPx).toBeLessThan(26);
  expect(small.fontPx).toBeGreaterThanOrEqual(0.6 * 26 - 0.5);

  // A notes stage shows its sections with their text, tables and drawn diagrams, not only titles.
  await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /系统架构设计/ }).click();
  await expect(presenter.getByRole('heading', { level: 2, name: '模型部署与推理流程' })).toBeVisible();
  await expect(presenter.getByRole('img', { name: /^图表/ }).first()).toBeVisible({ timeout: 20_000 });
  await expect(presenter.getByRole('table').first()).toBeVisible();
  await expect(presenter.getByRole('button', { name: '放大' })).toHaveCount(0);

  // Back on a stage with little on it, the type is full size again.
  await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /应用场景与价值点/ }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();
  await expect.poll(async () => (await measure()).fontPx).toBeGreaterThan(small.fontPx);
});
