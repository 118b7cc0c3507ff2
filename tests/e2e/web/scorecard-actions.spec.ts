import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { addParticipants, agenda, createWorkshop, reloadAndReopen, seriousViolations } from './facilitation-helpers';

/**
 * 15:30 and 16:30 of the bank workshop, in Chinese: the feasibility call from five scored
 * dimensions (the verdict follows the stated rule, then the room overrides it with a written
 * reason), the pilot plan, then the action items with owner, due date, status and a link to the
 * pain point they answer, the monitoring plan and the iteration cadence, all kept through a reload.
 */

const painPoint = '转人工要排队十几分钟，问的还是同一个问题';
const overrideReason = '合规部确认 PIA 可在试点前完成，先在信用卡中心小范围试点';

const board = (page: Page) => page.getByRole('region', { name: '可行性评分卡' });
const verdict = (page: Page) => board(page).getByRole('status');

async function score(page: Page, dimension: number, value: number) {
  const group = board(page).getByRole('group', { name: `维度 ${dimension} 评分` });
  await group.locator('label').filter({ hasText: new RegExp(`^${value}$`) }).click();
  await expect(group.getByRole('radio', { name: String(value) })).toBeChecked();
}

test('feasibility call, pilot plan and action items, in Chinese, kept through a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await createWorkshop(page);
  await addParticipants(page);
  await agenda(page).getByRole('button', { name: /用户调研与痛点分析.*分钟/ }).click();
  await page.getByRole('textbox', { name: '新卡片' }).fill(painPoint);
  await page.getByRole('button', { name: '添加卡片' }).click();

  // Feasibility: nothing decided until every dimension is assessed, and the missing ones are named.
  await agenda(page).getByRole('button', { name: /可行性评估.*分钟/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '可行性评估' })).toBeVisible();
  await expect(verdict(page)).toHaveText(/尚未得出结论/);
  await expect(board(page)).toContainText('尚待评估：业务契合度、数据充分性与质量、团队能力、算力与成本预算和法律与合规风险。');
  await expect(board(page).getByText('判定规则')).toBeVisible();

  await score(page, 1, 5);
  await score(page, 2, 4);
  await score(page, 3, 2);
  await score(page, 4, 4);
  await expect(verdict(page)).toHaveText(/尚未得出结论/);
  await expect(board(page)).toContainText('尚待评估：法律与合规风险。');
  await score(page, 5, 5);
  // One non-critical red (team capability): pilot first, the red named.
  await expect(verdict(page)).toHaveText(/先试点/);
  await expect(board(page)).toContainText('有一个维度为红：团队能力。');
  const teamStatus = board(page).getByRole('combobox', { name: '维度 3 红黄绿状态' });
  await expect(teamStatus.locator('option:checked')).toHaveText('按评分：红');

  // The room sets compliance red by hand: a critical red is a no-go whatever the score.
  await board(page).getByRole('combobox', { name: '维度 5 红黄绿状态' }).selectOption({ label: '红' });
  await expect(verdict(page)).toHaveText(/暂不推进/);
  await expect(board(page)).toContainText('法律与合规风险为红：业务契合度或法律与合规亮红灯，项目不能推进。');
  await expect(board(page)).toContainText('由现场设定（仅按评分：绿）。');

  // Override: refused without a reason, accepted with one; the rule's call stays visible.
  await board(page).getByRole('button', { name: '推翻规则' }).click();
  await board(page).getByLabel('现场结论').selectOption({ label: '先试点' });
  await board(page).getByRole('button', { name: '推翻规则' }).click();
  await expect(board(page).getByRole('alert')).toHaveText('请先填写理由。');
  await board(page).getByLabel('理由（必填）').fill(overrideReason);
  await board(page).getByRole('button', { name: '推翻规则' }).click();
  await expect(verdict(page)).toHaveText(/先试点/);
  await expect(board(page)).toContainText('现场决定，推翻规则结论');
  await expect(board(page)).toContainText('规则结论：暂不推进');
  await expect(board(page)).toContainText(overrideReason);

  // The pilot plan.
  const pilot = board(page).getByRole('region', { name: '试点计划' });
  await pilot.getByLabel('试点范围').fill('信用卡中心 20 名坐席，仅限账单查询与退款进度');
  await pilot.getByLabel('成功指标').fill('AHT 6 分钟 → 5 分钟；一次解决率不下降');
  await pilot.getByLabel('周期').fill('4 周');
  await pilot.getByLabel('数据').fill('近 3 个月通话转写，脱敏后使用');
  await pilot.getByLabel('团队').fill('张伟（架构）+ 2 名算法工程师 + 王丽（运营）');
  await pilot.getByLabel('退出标准').fill('两周内 AHT 未下降 5% 或出现一次合规事件即停止');
  expect(await seriousViolations(page)).toEqual([]);

  // Actions: owner from the participants, a due date in the past (overdue), status, a link.
  await agenda(page).getByRole('button', { name: /持续优化与行动项.*分钟/ }).click();
  const actions = page.getByRole('region', { name: '持续优化与行动项' });
  for (const title of ['完成个人信息影响评估（PIA）', '选 20 名坐席参加试点']) {
    await actions.getByLabel('新行动项').fill(title);
    await actions.getByLabel('新行动项').press('Enter');
  }
  await expect(actions.getByRole('textbox', { name: '行动项 2', exact: true })).toHaveValue('选 20 名坐席参加试点');
  await expect(actions.locator('datalist option')).toHaveCount(2);
  await actions.getByLabel('行动项 1 负责人').fill('王丽');
  await actions.getByLabel('行动项 1 截止日期').fill('2020-01-15');
  await expect(actions.getByText(/已逾期 \d+ 天/)).toBeVisible();
  await actions.getByLabel('行动项 1 状态').selectOption({ label: '进行中' });
  await actions.getByLabel('为行动项 1 关联').selectOption({ label: `卡片 · ${painPoint}` });
  await actions.getByRole('button', { name: '关联 行动项 1' }).click();
  await expect(actions.getByRole('list', { name: '行动项 1 的关联' })).toContainText(painPoint);
  await actions.getByLabel('为行动项 2 关联').selectOption({ label: '维度 · 团队能力' });
  await actions.getByRole('button', { name: '关联 行动项 2' }).click();
  await actions.getByLabel('行动项 2 负责人').fill('张伟');
  await actions.getByLabel('行动项 2 截止日期').fill('2099-06-30');
  await actions.getByLabel('行动项 2 状态').selectOption({ label: '已完成' });

  // Filter by status, and reorder.
  await actions.getByRole('button', { name: /^已完成/ }).click();
  await expect(actions.getByRole('textbox', { name: /^行动项 \d$/ })).toHaveCount(1);
  await actions.getByRole('button', { name: /^全部/ }).click();
  await actions.getByRole('button', { name: '上移行动项 2' }).click();
  await expect(actions.getByRole('textbox', { name: '行动项 1', exact: true })).toHaveValue('选 20 名坐席参加试点');

  // Monitoring plan, feedback channels, cadence.
  await actions.getByRole('button', { name: '添加监控项' }).click();
  await expect(actions.getByLabel('监控项 1 指标')).toBeFocused();
  await actions.getByLabel('监控项 1 指标').fill('平均处理时长 AHT');
  await actions.getByLabel('监控项 1 阈值').fill('连续 3 天 > 5 分钟');
  await actions.getByLabel('监控项 1 关注人').fill('王丽');
  await actions.getByLabel('反馈渠道').fill('坐席工作台“答案有误”一键反馈；每周质检抽样 200 通');
  await actions.getByLabel('迭代节奏').fill('每两周一次迭代评审');
  expect(await seriousViolations(page)).toEqual([]);

  // Everything is still there after a reload.
  await reloadAndReopen(page);
  await expect(page.getByRole('heading', { level: 1, name: '持续优化与行动项' })).toBeVisible();
  await expect(actions.getByRole('textbox', { name: '行动项 1', exact: true })).toHaveValue('选 20 名坐席参加试点');
  await expect(actions.getByLabel('行动项 1 状态')).toHaveValue('done');
  await expect(actions.getByLabel('行动项 2 负责人')).toHaveValue('王丽');
  await expect(actions.getByLabel('行动项 2 截止日期')).toHaveValue('2020-01-15');
  await expect(actions.getByLabel('行动项 2 状态')).toHaveValue('doing');
  await expect(actions.getByRole('list', { name: '行动项 2 的关联' })).toContainText(painPoint);
  await expect(actions.getByRole('list', { name: '行动项 1 的关联' })).toContainText('团队能力');
  await expect(actions.getByLabel('监控项 1 阈值')).toHaveValue('连续 3 天 > 5 分钟');
  await expect(actions.getByLabel('迭代节奏')).toHaveValue('每两周一次迭代评审');

  await agenda(page).getByRole('button', { name: /可行性评估.*分钟/ }).click();
  await expect(verdict(page)).toHaveText(/先试点/);
  await expect(board(page)).toContainText(overrideReason);
  await expect(board(page).getByRole('group', { name: '维度 3 评分' }).getByRole('radio', { name: '2' })).toBeChecked();
  await expect(board(page).getByRole('region', { name: '试点计划' }).getByLabel('周期')).toHaveValue('4 周');

  // Clearing the override brings the rule's call back.
  await board(page).getByRole('button', { name: '撤销推翻' }).click();
  await expect(verdict(page)).toHaveText(/暂不推进/);
});
