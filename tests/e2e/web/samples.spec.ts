import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** The sample workshops on the home screen: a copy opens fully filled, survives a reload, and the sample stays pristine. */

async function switchLanguage(page: Page, to: 'English' | '简体中文') {
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: to });
}

test('a copy of the Chinese sample opens from home in the Chinese UI, every stage filled, and persists across a reload', async ({ page, baseURL }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/');
  await switchLanguage(page, '简体中文');
  const samples = page.getByRole('list', { name: '示例工作坊' });
  await expect(samples.getByRole('listitem')).toHaveCount(2);
  await samples.getByRole('button', { name: '打开副本：智能客服落地' }).click();

  const agenda = page.getByRole('navigation', { name: '议程' });
  await expect(agenda.getByRole('listitem')).toHaveCount(9);
  // The room left off at the last stage.
  await expect(page.getByRole('heading', { level: 1, name: '持续优化与行动项' })).toBeVisible();

  await agenda.getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(13);
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue('知识库只能按标题关键词搜索，换个说法就搜不到。');

  // The worked example sits beside the prompts, folded.
  const example = page.locator('details.stage-example');
  await example.getByText('示例', { exact: true }).click();
  await expect(example).toContainText('知识库只能按标题精确搜索');

  await agenda.getByRole('button', { name: /技术选型/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '技术选型' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '方案 4 的名称' })).toHaveValue('RAG：Qwen2.5-32B-Instruct 私有化 + 知识库检索');

  await agenda.getByRole('button', { name: /系统架构设计/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '系统架构设计' })).toBeVisible();
  await expect(page.getByText('算力平台').first()).toBeVisible();

  // An edit in the copy is saved and comes back after a reload.
  await agenda.getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await page.getByRole('textbox', { name: '卡片 1 的内容' }).fill('知识库只能按标题搜索（已在副本中修改）');
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText(/已保存/);

  await page.reload();
  const saved = page.getByRole('list', { name: /工作坊/ }).filter({ hasText: '海川银行' });
  await saved.getByRole('button', { name: /^智能客服落地——海川银行信用卡中心/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue('知识库只能按标题搜索（已在副本中修改）');
  await agenda.getByRole('button', { name: /可行性评估/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '可行性评估' })).toBeVisible();

  // The sample itself is untouched: a second copy starts from the original text, as a separate workshop.
  await page.reload();
  await page.getByRole('list', { name: '示例工作坊' }).getByRole('button', { name: '打开副本：智能客服落地' }).click();
  await agenda.getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue('知识库只能按标题关键词搜索，换个说法就搜不到。');
  await page.reload();
  await expect(page.getByRole('button', { name: /^智能客服落地——海川银行信用卡中心/ })).toHaveCount(2);

  expect(requests.filter((url) => !url.startsWith(baseURL ?? 'http://127.0.0.1:4173'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the English sample opens in the English UI', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'Open a copy: Contract review assistant' }).click();
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(9);
  await expect(page.getByRole('heading', { level: 1, name: 'Continuous optimisation & actions' })).toBeVisible();
});
