import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './facilitation-helpers';

async function newChineseWorkshop(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByLabel('工作坊名称').fill(title);
  await page.getByRole('button', { name: '创建工作坊' }).click();
  await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /用户调研与痛点分析/ }).click();
}

async function addCard(page: Page, text: string) {
  await page.getByRole('textbox', { name: '新卡片' }).fill(text);
  await page.getByRole('button', { name: '添加卡片' }).click();
}

const saved = (page: Page) => expect(page.getByRole('status', { name: '保存状态' })).toHaveText(/已保存/);
const column = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^${title}`) });

test('pain points with fields, blind entry, clusters by keyboard and the 2×2 survive a reload', async ({ page }) => {
  await newChineseWorkshop(page, '痛点工作坊');

  // A pain point with its persona and severity, written with the stage's own fields.
  await page.getByRole('textbox', { name: '新卡片' }).fill('坐席要在五个系统里查一个答案');
  await page.getByRole('button', { name: /更多字段/ }).click();
  await page.getByLabel('用户角色', { exact: true }).fill('一线坐席');
  await page.getByLabel('严重程度（1–5）', { exact: true }).selectOption('4');
  await page.getByRole('button', { name: '添加卡片' }).click();
  await expect(page.getByRole('listitem', { name: '卡片 1' })).toContainText('一线坐席');

  // Blind entry: cards written now are hidden from the screen until the reveal.
  await page.getByRole('button', { name: '开始匿名录入' }).click();
  await addCard(page, '“客户等太久了，我们只能干着急。”');
  await addCard(page, '知识库文章过期，政策已改');
  await expect(page.getByText('匿名录入中：2 张卡片在公布前隐藏')).toBeVisible();
  await expect(page.getByText('客户等太久了')).toHaveCount(0);
  await expect(page.getByText('公布前隐藏', { exact: true })).toHaveCount(2);
  await page.getByRole('button', { name: '公布全部卡片' }).click();
  await expect(page.getByRole('textbox', { name: '卡片 2 的内容' })).toHaveValue('“客户等太久了，我们只能干着急。”');

  // Clusters, and moving cards into them without a mouse.
  for (const name of ['坐席效率', '客户体验']) {
    await page.getByRole('button', { name: '添加分组' }).click();
    await page.getByRole('dialog').getByLabel('分组名称').fill(name);
    await page.getByRole('dialog').getByRole('button', { name: '添加' }).click();
  }
  await page.getByRole('button', { name: '详情（卡片 1）' }).click();
  await page.getByLabel('分组（卡片 1）').selectOption({ label: '坐席效率' });
  await expect(page.getByLabel('分组（卡片 1）')).toBeFocused();
  await expect(column(page, '坐席效率').getByRole('listitem', { name: '卡片 1' })).toBeVisible();
  // The drag handle works from the keyboard too: space, arrow, space.
  // Each step is announced in Chinese, which is also how the test knows the step has landed.
  const handle = page.getByRole('button', { name: '拖动卡片 2' });
  const announced = page.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(announced).toHaveText('卡片 2 位于“坐席效率”上方。');
  await page.keyboard.press('ArrowRight');
  await expect(announced).toHaveText('卡片 2 位于“客户体验”上方。');
  await page.keyboard.press('Space');
  await expect(announced).toHaveText('卡片 2 已放入“客户体验”。');
  await expect(column(page, '客户体验').getByRole('listitem', { name: '卡片 2' })).toBeVisible();
  await expect(column(page, '未分组').getByRole('listitem', { name: '卡片 2' })).toHaveCount(0);

  // Impact × effort: place a card and move it by keyboard into the quick wins.
  await page.getByRole('tab', { name: '影响 × 投入' }).click();
  await page.getByRole('button', { name: '放置卡片 3' }).click();
  const placed = page.getByRole('button', { name: /^卡片 3：知识库文章过期/ });
  await placed.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(placed).toHaveAccessibleName(/影响 80，投入 30/);
  await saved(page);

  await page.reload();
  await page.getByRole('button', { name: /^痛点工作坊/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(column(page, '坐席效率').getByRole('listitem', { name: '卡片 1' })).toContainText('一线坐席');
  await expect(page.getByText('公布前隐藏', { exact: true })).toHaveCount(0);
  await page.getByRole('tab', { name: '影响 × 投入' }).click();
  await expect(page.getByRole('button', { name: /^卡片 3：.*影响 80，投入 30/ })).toBeVisible();
});

test('search and filters narrow the board without changing it', async ({ page }) => {
  await newChineseWorkshop(page, '筛选');
  await addCard(page, '坐席要在五个系统里查一个答案');
  await page.getByRole('textbox', { name: '新卡片' }).fill('Knowledge base is out of date');
  await page.getByLabel('标签', { exact: true }).fill('知识库, KB');
  await page.getByRole('button', { name: '添加卡片' }).click();
  await page.getByRole('searchbox', { name: '搜索' }).fill('knowledge');
  await expect(page.getByText('显示 1 / 2 张卡片')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^卡片 \d 的内容$/ })).toHaveCount(1);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByRole('combobox', { name: '标签' }).selectOption('知识库');
  await expect(page.getByRole('textbox', { name: /^卡片 \d 的内容$/ })).toHaveCount(1);
});

test('dot voting: a budget per participant, refusals said aloud, results by votes, kept after a reload', async ({ page }) => {
  await newChineseWorkshop(page, '投票');
  await page.getByRole('button', { name: /^参与者/ }).click();
  for (const name of ['王丽', '张伟']) {
    await page.getByLabel('姓名', { exact: true }).fill(name);
    await page.getByLabel('姓名', { exact: true }).press('Enter');
  }
  await page.keyboard.press('Escape');
  for (const text of ['知识库文章过期', '坐席要在五个系统里查一个答案', '客户情绪识别不出来']) await addCard(page, text);

  await page.getByRole('button', { name: '投票设置' }).click();
  await page.getByLabel('每张卡片最多票数').fill('2');
  await page.getByRole('combobox', { name: '投票人' }).selectOption({ label: '王丽' });
  await expect(page.getByText('王丽：还剩 3 / 3 票')).toBeVisible();
  await page.getByRole('button', { name: '给卡片 2 投一票' }).click();
  await page.getByRole('button', { name: '给卡片 2 投一票' }).click();
  await page.getByRole('button', { name: '给卡片 2 投一票' }).click();
  await expect(page.getByRole('alert')).toHaveText('每张卡片最多 2 票。');
  await page.getByRole('button', { name: '给卡片 3 投一票' }).click();
  await page.getByRole('button', { name: '给卡片 1 投一票' }).click();
  await expect(page.getByRole('alert')).toHaveText('王丽 的 3 票已全部用完。');
  await expect(page.getByText('王丽：还剩 0 / 3 票')).toBeVisible();

  await page.getByRole('combobox', { name: '投票人' }).selectOption({ label: '张伟' });
  await page.getByRole('button', { name: '给卡片 3 投一票' }).click();
  // Counts stay hidden from the room until the facilitator reveals them.
  await page.getByRole('tab', { name: '投票结果' }).click();
  await expect(page.getByText('投票结果已隐藏。公布后即可查看。')).toBeVisible();
  await page.getByRole('button', { name: '公布投票' }).click();
  const results = page.getByRole('region', { name: '卡片得票' }).getByRole('listitem');
  await expect(results.nth(0)).toContainText('坐席要在五个系统里查一个答案');
  await expect(results.nth(0)).toContainText('2 票');
  await expect(results.nth(1)).toContainText('客户情绪识别不出来');
  await expect(results).toHaveCount(2);
  await saved(page);

  await page.reload();
  await page.getByRole('button', { name: /^投票/ }).click();
  await page.getByRole('tab', { name: '投票结果' }).click();
  await expect(page.getByRole('region', { name: '卡片得票' }).getByRole('listitem')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: '看板' }).click();
  await page.getByRole('combobox', { name: '投票人' }).selectOption({ label: '王丽' });
  await page.getByRole('button', { name: '详情（卡片 1）' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: '影响 × 投入' }).click();
  await page.getByRole('button', { name: '放置卡片 1' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
