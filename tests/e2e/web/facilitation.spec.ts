import { expect, test } from '@playwright/test';
import { agenda, clock, clockSeconds, createWorkshop, reloadAndReopen } from './facilitation-helpers';

/**
 * Facilitation in a Chinese workshop: participants, the stage timer through a reload and into
 * overrun, the agenda's planned vs actual time, parking lot and decision log. The presenter
 * window has its own file, presenter.spec.ts.
 */

test('participants are added, edited and removed with confirmation, and stay after a reload', async ({ page }) => {
  await createWorkshop(page);
  await page.getByRole('button', { name: /^参与者/ }).click();
  const dialog = page.getByRole('dialog', { name: '参与者' });
  await dialog.getByLabel('姓名', { exact: true }).fill('王丽');
  await dialog.getByLabel('角色', { exact: true }).fill('客服中心运营经理');
  await dialog.getByRole('button', { name: '添加参与者' }).click();
  // Keyboard: the name field has the focus again; Enter adds.
  await expect(dialog.getByLabel('姓名', { exact: true })).toBeFocused();
  await page.keyboard.type('张伟');
  await dialog.getByLabel('角色', { exact: true }).fill('IT');
  await dialog.getByLabel('角色', { exact: true }).press('Enter');
  await dialog.getByLabel('姓名', { exact: true }).fill('李娜');
  await dialog.getByRole('button', { name: '添加参与者' }).click();
  await expect(dialog.getByRole('list', { name: '本工作坊的参与者' }).getByRole('listitem')).toHaveCount(3);
  await expect(dialog).toContainText('3 位参与者');

  await dialog.getByLabel('参与者 2 的角色').fill('信息科技部架构师');
  await dialog.getByRole('button', { name: '移除 李娜' }).click();
  const confirm = page.getByRole('dialog', { name: '移除参与者？' });
  await expect(confirm).toContainText('李娜');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await dialog.getByRole('button', { name: '移除 李娜' }).click();
  await confirm.getByRole('button', { name: '移除' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('button', { name: /^参与者 2$/ })).toBeVisible();

  await reloadAndReopen(page);
  await page.getByRole('button', { name: /^参与者/ }).click();
  const reopened = page.getByRole('dialog', { name: '参与者' });
  await expect(reopened.getByLabel('参与者 1 的姓名')).toHaveValue('王丽');
  await expect(reopened.getByLabel('参与者 2 的姓名')).toHaveValue('张伟');
  await expect(reopened.getByLabel('参与者 2 的角色')).toHaveValue('信息科技部架构师');
  await page.keyboard.press('Escape');
  await expect(reopened).toBeHidden();
});

test('the stage timer keeps running through a reload, warns, overruns without blocking, and the agenda shows it', async ({ page }) => {
  await page.clock.install();
  await createWorkshop(page);
  await agenda(page).getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(clock(page)).toContainText('1:00:00');
  await expect(clock(page)).toContainText('未开始');

  await page.getByRole('button', { name: '开始计时' }).click();
  await page.getByRole('button', { name: '+5 分钟' }).click();
  await expect(page.getByText('（已加 5 分钟）')).toBeVisible();
  const painRow = agenda(page).getByRole('listitem').filter({ hasText: '用户调研与痛点分析' });
  await expect(painRow).toContainText('60 分钟（+5）');
  await expect(painRow).toContainText('计时中');

  await page.clock.fastForward('10:00');
  await expect.poll(() => clockSeconds(page)).toBeLessThanOrEqual(55 * 60);
  await expect(painRow).toContainText(/实际 10:0\d/);

  // The sound option is a setting: it stays on across the reload.
  await page.getByRole('checkbox', { name: '提示音' }).check();

  await reloadAndReopen(page);
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '提示音' })).toBeChecked();
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  const afterReload = await clockSeconds(page);
  expect(afterReload).toBeLessThanOrEqual(55 * 60);
  await page.clock.fastForward('01:00');
  // Still running after the reload: the time left keeps going down.
  await expect.poll(() => clockSeconds(page)).toBeLessThanOrEqual(afterReload - 60);
  await expect(painRow).toContainText(/实际 11:\d\d/);

  // 2 minutes left or less: the warning colour.
  await page.clock.fastForward('52:30');
  await expect(clock(page)).toContainText('即将到时');
  await expect(clock(page)).toHaveClass(/timer-warning/);

  // Past the timebox: shown as -m:ss in red, and work goes on.
  await page.clock.fastForward('01:01:00');
  await expect(clock(page)).toContainText('已超时');
  await expect(clock(page)).toHaveClass(/timer-overrun/);
  await expect.poll(() => clockSeconds(page)).toBeLessThan(-60);
  await expect(clock(page).locator('.timer-digits')).toHaveText(/^-\d+:\d\d$/);
  // 10 + 1 + 52.5 + 61 minutes on a 60-minute timebox (the 5 added minutes count as overrun on the agenda).
  await expect(painRow).toContainText(/实际 2:04:\d\d/);
  await expect(painRow).toContainText(/超时 1:04:\d\d/);
  await expect(agenda(page).getByText(/^总超时：1:04:\d\d$/)).toBeVisible();
  await expect(agenda(page).getByText(/^实际用时：2:04:\d\d$/)).toBeVisible();
  await page.getByRole('textbox', { name: '新卡片' }).fill('超时了也能继续写卡片');
  await page.getByRole('button', { name: '添加卡片' }).click();
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue('超时了也能继续写卡片');

  await page.getByRole('button', { name: '暂停' }).click();
  await expect(page.getByRole('button', { name: '继续' })).toBeVisible();
  const paused = await clockSeconds(page);
  await page.clock.fastForward('05:00');
  await expect.poll(() => clockSeconds(page)).toBe(paused);
  // Other stages keep their planned time and no actual time.
  await expect(agenda(page).getByRole('listitem').filter({ hasText: '技术选型' })).not.toContainText('实际');
});

test('parking lot and decision log: entries remember their stage, can be undone, and persist', async ({ page }) => {
  await createWorkshop(page);
  await agenda(page).getByRole('button', { name: /技术选型/ }).click();

  await page.getByRole('button', { name: /^停车场/ }).click();
  const lot = page.getByRole('dialog', { name: '停车场' });
  await lot.getByLabel('新的停车场事项').fill('明年 GPU 预算由谁审批？');
  await lot.getByRole('button', { name: '添加', exact: true }).click();
  await expect(lot.getByRole('textbox', { name: '停车场事项 1', exact: true })).toHaveValue('明年 GPU 预算由谁审批？');
  await expect(lot).toContainText('来自第 3 阶段：技术选型');
  await lot.getByRole('textbox', { name: '停车场事项 1', exact: true }).fill('明年 GPU 预算由谁审批？（问 CIO）');
  await lot.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('button', { name: /^停车场 1$/ })).toBeVisible();

  await agenda(page).getByRole('button', { name: /系统架构设计/ }).click();
  await page.getByRole('button', { name: /^决策记录/ }).click();
  const decisions = page.getByRole('dialog', { name: '决策记录' });
  await decisions.getByLabel('新的决策').fill('模型必须私有化部署，数据不出行。');
  await decisions.getByLabel('新的决策').press('Control+Enter');
  await expect(decisions.getByRole('textbox', { name: '决策 1', exact: true })).toHaveValue('模型必须私有化部署，数据不出行。');
  await expect(decisions).toContainText('来自第 4 阶段：系统架构设计');
  await decisions.getByRole('button', { name: '关闭' }).click();

  // Every change is a command: undo takes the decision back, redo restores it.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('button', { name: /^决策记录 0$/ })).toBeVisible();
  await page.getByRole('button', { name: '重做' }).click();
  await expect(page.getByRole('button', { name: /^决策记录 1$/ })).toBeVisible();

  await reloadAndReopen(page);
  await page.getByRole('button', { name: /^停车场/ }).click();
  await expect(page.getByRole('dialog', { name: '停车场' }).getByRole('textbox', { name: '停车场事项 1', exact: true })).toHaveValue('明年 GPU 预算由谁审批？（问 CIO）');
  await expect(page.getByRole('dialog', { name: '停车场' })).toContainText('来自第 3 阶段：技术选型');
  await page.getByRole('dialog', { name: '停车场' }).getByRole('button', { name: '移除停车场事项 1' }).click();
  await expect(page.getByRole('dialog', { name: '停车场' })).toContainText('停车场还是空的。');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^决策记录/ }).click();
  await expect(page.getByRole('dialog', { name: '决策记录' }).getByRole('textbox', { name: '决策 1', exact: true })).toHaveValue('模型必须私有化部署，数据不出行。');
});
