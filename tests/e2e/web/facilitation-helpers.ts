import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Shared steps of the facilitation and presenter end-to-end tests (a Chinese workshop). */

export const workshopTitle = '智能客服落地工作坊';

export async function createWorkshop(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByLabel('工作坊名称').fill(workshopTitle);
  await page.getByLabel('大模型应用落地').check();
  await page.getByRole('button', { name: '创建工作坊' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();
}

/** Adds the room's two participants, 王丽 and 张伟, through the participants dialog, and closes it. */
export async function addParticipants(page: Page) {
  await page.getByRole('button', { name: /^参与者/ }).click();
  const dialog = page.getByRole('dialog', { name: '参与者' });
  for (const [name, role] of [['王丽', '客服中心运营经理'], ['张伟', '信息科技部架构师']]) {
    await dialog.getByLabel('姓名', { exact: true }).fill(name!);
    await dialog.getByLabel('角色', { exact: true }).fill(role!);
    await dialog.getByRole('button', { name: '添加参与者' }).click();
  }
  await expect(dialog).toContainText('2 位参与者');
  await dialog.getByRole('button', { name: '关闭' }).click();
}

export async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /已保存|Saved|所有更改已保存/ })).toBeVisible();
}

export async function reloadAndReopen(page: Page) {
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${workshopTitle}`) }).click();
}

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

export const agenda = (page: Page) => page.getByRole('navigation', { name: '议程' });
export const clock = (page: Page) => page.getByRole('timer', { name: '本阶段剩余时间' });

/** The clock in seconds ("1:05:00" → 3900, "-3:20" → -200). */
export async function clockSeconds(page: Page): Promise<number> {
  const text = (await clock(page).locator('.timer-digits').textContent()) ?? '';
  const match = /^(-?)(?:(\d+):)?(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a clock: ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2] ?? 0) * 3600 + Number(match[3]) * 60 + Number(match[4]));
}
