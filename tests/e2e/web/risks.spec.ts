import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { agenda, createWorkshop, reloadAndReopen, seriousViolations } from './facilitation-helpers';

/** Stage 8, challenges & risks, in a Chinese workshop: register, heat map, library, compliance. */

const payload = '<img src=x onerror=alert(1)>';

async function addRisk(page: Page, title: string, category: string) {
  const form = page.getByRole('form', { name: '新风险' });
  await form.getByLabel('新风险').fill(title);
  await form.getByLabel('类别').selectOption({ label: category });
  await form.getByRole('button', { name: '添加风险' }).click();
  await expect(page.getByRole('textbox', { name: /^风险 \d+ 的标题$/ }).last()).toHaveValue(title);
}

async function rate(page: Page, number: number, likelihood: string, impact: string) {
  await page.getByRole('combobox', { name: `风险 ${number} 的可能性` }).selectOption(likelihood);
  await page.getByRole('combobox', { name: `风险 ${number} 的影响` }).selectOption(impact);
}

const cell = (page: Page, likelihood: number, impact: number) => page.getByRole('button', { name: new RegExp(`^可能性 ${likelihood}，影响 ${impact}：`) });
const register = (page: Page) => page.getByRole('list').filter({ has: page.getByRole('textbox', { name: /^风险 \d+ 的标题$/ }) });

test('a risk register with a heat map, mitigations and compliance risks, kept over a reload and safe with hostile text', async ({ page, context }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await createWorkshop(page);
  await agenda(page).getByRole('button', { name: /挑战与风险/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '挑战与风险' })).toBeVisible();
  await expect(page.getByText('还没有风险。')).toBeVisible();

  // Three categories, rated.
  await addRisk(page, '模型编造利率', '技术复杂度');
  await addRisk(page, '高峰期 GPU 不足', '算力需求');
  await addRisk(page, '客户数据出行', '数据隐私与安全');
  await rate(page, 1, '4', '5');
  await rate(page, 2, '3', '4');
  await rate(page, 3, '4', '5');
  await expect(page.getByRole('listitem', { name: '风险 1：模型编造利率' }).getByText('20 · 极高')).toBeVisible();
  await expect(page.getByRole('listitem', { name: '风险 2：高峰期 GPU 不足' }).getByText('12 · 高')).toBeVisible();

  // The heat map puts them in their cells, with counts and numbers.
  await expect(cell(page, 4, 5)).toContainText('2');
  await expect(cell(page, 4, 5)).toContainText('#1 #3');
  await expect(cell(page, 4, 5)).toContainText('20 · 极高');
  await expect(cell(page, 3, 4)).toContainText('#2');
  await expect(cell(page, 1, 1)).toContainText('0');

  // A mitigation from the library is appended to risk 2's mitigation.
  await page.getByRole('button', { name: '详情 风险 2' }).click();
  await page.getByRole('button', { name: '缓解措施库… 风险 2' }).click();
  const library = page.getByRole('dialog', { name: '风险 2 的缓解措施库' });
  await expect(library.getByText('适用于此类别')).toBeVisible();
  await library.getByRole('button', { name: /^添加“对模型做量化/ }).click();
  await expect(library.getByRole('button', { name: '已添加' })).toBeDisabled();
  await library.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('textbox', { name: '风险 2 的缓解措施' })).toHaveValue(/^- 对模型做量化（INT8\/INT4/);

  // A compliance question becomes a compliance risk.
  await page.getByRole('button', { name: '合规检查清单…' }).click();
  const checklist = page.getByRole('dialog', { name: '合规检查清单' });
  await expect(checklist.getByRole('note')).toContainText('不构成法律意见');
  await checklist.getByRole('button', { name: '添加为风险：算法备案' }).click();
  await expect(checklist.getByRole('button', { name: '已在登记册中：算法备案' })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await checklist.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('textbox', { name: '风险 4 的标题' })).toHaveValue('算法备案');
  await expect(page.getByRole('listitem', { name: '风险 4：算法备案' }).getByRole('combobox', { name: '类别' })).toHaveValue('compliance');
  await expect(page.getByText('1 个未关闭的风险尚未评分。')).toBeVisible();

  // Filter the register through a heat-map cell, with the keyboard only.
  await cell(page, 4, 5).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 3, 4)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, 3, 4)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('显示 1 / 4 个')).toBeVisible();
  await expect(register(page).getByRole('textbox', { name: /的标题$/ })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: '风险 2 的标题' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText('4 个风险')).toBeVisible();

  // Filters by category.
  await page.getByRole('group', { name: '筛选和排序登记册' }).getByLabel('类别').selectOption({ label: '合规' });
  await expect(register(page).getByRole('textbox', { name: /的标题$/ })).toHaveCount(1);
  await page.getByRole('button', { name: '清除筛选' }).click();

  // Hostile text is shown as text, never run.
  await addRisk(page, payload, '其他');
  await expect(page.getByRole('listitem', { name: `风险 5：${payload}` })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // The presenter shows the map and the top risks, read-only.
  const presenter = await context.newPage();
  await presenter.goto('/#/presenter');
  await expect(presenter.getByRole('heading', { level: 1, name: '挑战与风险' })).toBeVisible();
  await expect(presenter.getByRole('heading', { name: '主要风险' })).toBeVisible();
  await expect(presenter.getByRole('img', { name: /^可能性 4，影响 5：/ })).toContainText('#1 #3');
  await expect(presenter.getByText('模型编造利率')).toBeVisible();
  expect(await presenter.getByRole('button', { name: /^可能性/ }).count()).toBe(0);
  expect(await seriousViolations(presenter)).toEqual([]);
  await presenter.close();

  // Everything is kept over a reload.
  await reloadAndReopen(page);
  await expect(page.getByRole('heading', { level: 1, name: '挑战与风险' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^风险 \d+ 的标题$/ })).toHaveCount(5);
  await expect(page.getByRole('combobox', { name: '风险 3 的影响' })).toHaveValue('5');
  await expect(cell(page, 4, 5)).toContainText('#1 #3');
  await expect(page.getByRole('textbox', { name: '风险 5 的标题' })).toHaveValue(payload);
  await page.getByRole('button', { name: '详情 风险 2' }).click();
  await expect(page.getByRole('textbox', { name: '风险 2 的缓解措施' })).toHaveValue(/对模型做量化/);
  await page.getByRole('button', { name: '详情 风险 4' }).click();
  await expect(page.getByRole('textbox', { name: '风险 4 的描述' })).toHaveValue(/算法备案系统/);

  // Undo takes the last change back.
  await page.getByRole('button', { name: '删除风险 5' }).click();
  await expect(page.getByRole('textbox', { name: /^风险 \d+ 的标题$/ })).toHaveCount(4);
  await page.getByRole('button', { name: /^撤销/ }).click();
  await expect(page.getByRole('textbox', { name: /^风险 \d+ 的标题$/ })).toHaveCount(5);

  expect(await seriousViolations(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});
