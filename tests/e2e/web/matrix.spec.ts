import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { addParticipants, agenda, createWorkshop, reloadAndReopen, seriousViolations } from './facilitation-helpers';

/**
 * 11:15, technology selection (JOURNEY.md), in Chinese: five options, criteria from the library and
 * a knock-out "data must stay on-premises", pairwise weights whose consistency warning is fixed by
 * changing one judgement, blind scoring by two participants, the reveal and its disagreement view,
 * agreed scores, the ranking with the knocked-out option, sensitivity, the ADR, and the CSV.
 */

const options = ['公有云大模型 API', 'Qwen2.5-72B 私有化部署', 'DeepSeek-V3 私有化部署', '微调 7B 小模型', 'RAG + 基座模型'];
const [cloud, qwen, deepseek, tuned, rag] = options as [string, string, string, string, string];
const quality = '任务效果与质量';
const cost = '成本';
const latency = '推理延迟（P95）';
const residency = '数据驻留与私有化部署';
const painPoint = '客户信息不得离开行内网络，监管检查时要能说清数据去向';

/** Each person's blind scores: quality 1–5, cost 元/千次, latency ms, residency 1–5. */
const blind: Record<string, Record<string, [number, number, number, number]>> = {
  王丽: { [cloud]: [5, 8, 1200, 1], [qwen]: [4, 5, 900, 5], [deepseek]: [5, 9, 1450, 5], [tuned]: [2, 1.5, 300, 5], [rag]: [4, 3, 600, 5] },
  张伟: { [cloud]: [5, 8, 1200, 1], [qwen]: [4, 5, 900, 5], [deepseek]: [3, 9, 1450, 5], [tuned]: [5, 1.5, 300, 5], [rag]: [4, 3, 600, 4] },
};

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

test('technology selection from options to a recorded decision, in Chinese', async ({ page }) => {
  test.setTimeout(180_000);
  await createWorkshop(page);
  await addParticipants(page);
  // A pain point from 10:00 that the must-have answers to.
  await agenda(page).getByRole('button', { name: /用户调研与痛点分析.*分钟/ }).click();
  await page.getByRole('textbox', { name: '新卡片' }).fill(painPoint);
  await page.getByRole('button', { name: '添加卡片' }).click();
  await agenda(page).getByRole('button', { name: /技术选型.*分钟/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '技术选型' })).toBeVisible();

  // Options and criteria: five candidates, four criteria from the library.
  for (const name of options) {
    await page.getByLabel('新方案').fill(name);
    await page.getByLabel('新方案').press('Enter');
  }
  await expect(page.getByRole('heading', { name: /方案 5 个方案/ })).toBeVisible();
  await page.getByRole('button', { name: '从标准库添加…' }).click();
  const library = page.getByRole('dialog', { name: '标准库' });
  for (const name of [quality, cost, latency, residency]) await library.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[()（）]/g, '.')}`) }).check();
  await library.getByRole('button', { name: '添加 4 项标准' }).click();
  await expect(page.getByLabel('名称（标准 4）')).toHaveValue(residency);
  // The must-have: data stays on-premises (at least 4 of 5).
  await page.getByLabel('必须满足（一票否决）（标准 4）').check();
  await expect(page.getByLabel('不低于（标准 4）')).toHaveValue('4');
  // …and it answers to the pain point, whose text it shows.
  await page.locator('summary', { hasText: '（标准 4）' }).click();
  await page.getByRole('checkbox', { name: painPoint }).check();
  await expect(page.getByRole('list', { name: '标准 4 对应的痛点' })).toHaveText(painPoint);
  await expectNoSeriousViolations(page);

  // Pairwise weights: a cycle (quality > cost > latency > quality) trips the consistency check.
  await tab(page, '权重').click();
  await page.getByLabel('两两比较').check();
  const judge = (a: string, b: string, option: string) => page.getByLabel(`“${a}”与“${b}”相比`).selectOption({ label: option });
  await judge(quality, cost, `${quality} · 3 稍微重要`);
  await judge(cost, latency, `${cost} · 3 稍微重要`);
  await judge(quality, latency, `${latency} · 5 明显重要`);
  await judge(quality, residency, `${residency} · 2 介于 1–3`);
  await judge(cost, residency, `${residency} · 3 稍微重要`);
  await judge(latency, residency, `${residency} · 3 稍微重要`);
  const warning = page.locator('.consistency.warning');
  await expect(warning).toContainText('超过 0.10');
  await expect(warning).toContainText(`最不一致的判断：“${latency}”的重要性是“${quality}”的 5 倍`);
  await expect(tab(page, '权重')).toContainText('一致性警告');
  await expectNoSeriousViolations(page);
  // The room changes that one judgement.
  await judge(quality, latency, `${quality} · 5 明显重要`);
  await expect(page.locator('.consistency.ok')).toContainText('CR = 0.08');
  await expect(warning).toHaveCount(0);

  // Blind scoring: each person alone, the other's scores never on screen.
  await tab(page, '评分').click();
  await page.getByRole('button', { name: '开始匿名评分' }).click();
  for (const [person, rows] of Object.entries(blind)) {
    await page.getByLabel('当前评分人').selectOption({ label: person === '王丽' ? '王丽 · 客服中心运营经理' : '张伟 · 信息科技部架构师' });
    for (const [option, [q, c, l, r]] of Object.entries(rows)) {
      const cell = (criterion: string) => page.getByLabel(new RegExp(`^${person}对${option.replace(/[+.]/g, '\\$&')}在“${criterion.replace(/[()（）]/g, '.')}”上的评分`));
      await cell(quality).selectOption(String(q));
      await cell(cost).fill(String(c));
      await cell(latency).fill(String(l));
      await cell(residency).selectOption(String(r));
    }
    await expect(page.getByText(`${person}：20 / 20`)).toBeVisible();
    await page.getByRole('button', { name: `完成：隐藏${person}的评分` }).click();
    await expect(page.getByText('评分已隐藏')).toBeVisible();
  }
  await expect(page.getByText('匿名评分中：2 人已给出 40 个评分，公布前隐藏')).toBeVisible();
  await expectNoSeriousViolations(page);

  // The reveal: the fine-tuned model's quality splits the room (2 vs 5).
  await page.getByRole('button', { name: '公布评分' }).click();
  const heat = page.locator('table.heat-map');
  const row = (option: string) => heat.getByRole('row').filter({ has: page.getByRole('rowheader', { name: option, exact: true }) });
  await expect(row(tuned).locator('td').first()).toHaveClass(/heat-high/);
  await expect(row(tuned).locator('td').first()).toContainText('均值 3.5 · 中位数 3.5 · 极差 3');
  await expect(row(tuned).locator('td').first()).toContainText('王丽 2 · 张伟 5');
  await expect(row(deepseek).locator('td').first()).toHaveClass(/heat-medium/);
  await expect(page.getByText('1 格分歧很大')).toBeVisible();
  await expectNoSeriousViolations(page);
  // They talk, settle: the median where they agree, and the two contested cells by hand.
  await page.getByRole('button', { name: /在 18 个意见一致的格子采用中位数/ }).click();
  await page.getByLabel(`${tuned}在“${quality}”上的商定评分`).selectOption('3');
  await page.getByLabel(`${deepseek}在“${quality}”上的商定评分`).selectOption('4');
  await page.getByLabel(`${rag}在“${residency}”上的商定评分`).selectOption('5');
  await page.getByRole('button', { name: '结束本轮' }).click();
  await expect(page.getByLabel(`${tuned}在“${quality}”上的评分`)).toHaveValue('3');
  await expect(page.getByLabel(`${cloud}在“${residency}”上的评分`)).toHaveValue('1');
  // Why RAG scores 4 on quality, and where the evidence is; the keyboard comes back to the cell.
  await page.getByRole('button', { name: `${rag}在“${quality}”上的理由与依据` }).click();
  const why = page.getByRole('dialog', { name: `${rag} · ${quality}` });
  await why.getByLabel('理由').fill('500 条真实工单测试集准确率 87%，答案附带知识库出处');
  await why.getByLabel('依据（链接或出处）').fill('共享盘 /评测/2025-03-rag.xlsx');
  await why.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('button', { name: `${rag}在“${quality}”上的理由与依据` })).toBeFocused();
  await expect(page.locator('table.score-grid')).toContainText('准确率 87%');

  // Results: the ranking without the knocked-out cloud API, and why it is out.
  await tab(page, '结果').click();
  const ranking = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '名次' }) });
  await expect(ranking.getByRole('rowheader')).toHaveText([rag, tuned, qwen, deepseek]);
  await expect(page.locator('.excluded-list')).toContainText(cloud);
  await expect(page.locator('.excluded-list')).toContainText(`${residency}：1 低于最低要求 4`);
  await expect(page.getByRole('img', { name: '加权得分' })).toContainText('已否决');
  // Sensitivity: residency cannot change the winner, latency can.
  const sensitivity = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '权重提高时' }) });
  await expect(sensitivity.getByRole('row', { name: new RegExp(`^${residency}`) })).toContainText('稳健');
  await expect(sensitivity.getByRole('row', { name: /^推理延迟/ })).toContainText(`翻转：${tuned}胜出`);
  // What-if: the sliders move the ranking but not the saved weights.
  await page.getByText('如果权重不同会怎样？').click();
  await page.getByRole('slider', { name: latency }).fill('60');
  await expect(page.getByText('假设权重：当前结果并非已保存的权重所得。').first()).toBeVisible();
  await expect(ranking.getByRole('rowheader').first()).toHaveText(tuned);
  await page.getByRole('button', { name: '恢复已保存的权重' }).click();
  await expect(ranking.getByRole('rowheader').first()).toHaveText(rag);
  await expectNoSeriousViolations(page);

  // Record the decision: a proposed ADR, and where it lives.
  await page.getByRole('button', { name: '记录决策' }).click();
  await expect(page.locator('.record-status')).toContainText(`已记录为 ADR-0001“选用${rag}”`);
  await expect(page.locator('.record-status')).toContainText('系统架构设计');

  // CSV for Excel: a download that starts with the UTF-8 byte order mark.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('技术选型.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  for (const name of options) expect(csv).toContain(name);
  expect(csv).toContain('权重 (%)');

  // Everything persists: after a reload the same ranking and the recorded ADR.
  await reloadAndReopen(page);
  await agenda(page).getByRole('button', { name: /技术选型.*分钟/ }).click();
  await tab(page, '结果').click();
  await expect(ranking.getByRole('rowheader')).toHaveText([rag, tuned, qwen, deepseek]);
  await expect(page.getByRole('list', { name: '本矩阵产生的决策记录' })).toContainText(`ADR-0001 选用${rag}（提议中`);
});

/** The same matrix as a spreadsheet would hold it: 4 options × 8 criteria, one must-have. */
const spreadsheet = [
  'Option,Description,Quality,Explainability,Maturity,Community,Cost,Latency (p95),Context length,On-premises',
  'Direction,,benefit,benefit,benefit,benefit,cost,cost,benefit,benefit',
  'Scale,,rating 1-5,rating 1-5,rating 1-5,rating 1-5,measured,measured,measured,rating 1-5',
  'Unit,,,,,,CNY / 1k requests,ms,K tokens,',
  'Knock-out,,,,,,,,,4',
  'Weight (%),,25,10,10,5,15,15,5,15',
  'Hosted API,Public cloud,5,2,5,5,8,1200,128,1',
  'Open-weight 72B,Self-hosted,4,3,4,4,5,900,32,5',
  '"RAG, 7B base",Retrieval over the knowledge base,4,5,4,4,3,600,32,5',
  'Fine-tuned 7B,LoRA on 2k samples,3,2,3,3,1.5,300,8,5',
].join('\r\n');

test('an English room imports its spreadsheet, scores blind with three people and records the decision', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: 'English' });
  await page.getByLabel('Workshop title').fill('Service desk assistant');
  await page.getByLabel('LLM application landing').check();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('button', { name: /^Participants/ }).click();
  const people = page.getByRole('dialog', { name: 'Participants' });
  for (const name of ['Ana', 'Ben', 'Chen']) {
    await people.getByLabel('Name', { exact: true }).fill(name);
    await people.getByRole('button', { name: 'Add participant' }).click();
  }
  await people.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Technology selection.*min/ }).click();

  // A broken file is refused with a message that says where; the good one replaces the matrix.
  const upload = (text: string) => page.getByLabel('Import CSV…', { exact: true }).setInputFiles({ name: 'matrix.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });
  await upload(spreadsheet.replace('Hosted API,Public cloud,5', 'Hosted API,Public cloud,7'));
  await expect(page.getByText('Row 7, column 3: Ratings go from 1 to 5, not “7”.')).toBeVisible();
  await upload(spreadsheet);
  await expect(page.getByText('Imported 4 options and 8 criteria.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Name of option 3')).toHaveValue('RAG, 7B base');
  await expect(page.getByLabel('At least (criterion 8)')).toHaveValue('4');

  // The imported weights are direct points, shown as shares of 100 %.
  await page.getByRole('tab', { name: /^Weights/ }).click();
  await expect(page.getByRole('radio', { name: /^Points/ })).toBeChecked();
  await expect(page.getByLabel('Weight of Quality')).toHaveText('25%');
  await page.getByRole('spinbutton', { name: 'Points for Cost' }).fill('35');
  await expect(page.getByLabel('Weight of Quality')).toHaveText('20.8%');
  await page.getByRole('spinbutton', { name: 'Points for Cost' }).fill('15');
  await expect(page.getByLabel('Weight of Quality')).toHaveText('25%');
  await expectNoSeriousViolations(page);

  // Blind scoring of the contested cell by three people, then the reveal.
  await page.getByRole('tab', { name: /^Scoring/ }).click();
  await page.getByRole('button', { name: 'Start blind scoring' }).click();
  for (const [name, value] of [['Ana', '2'], ['Ben', '5'], ['Chen', '4']]) {
    await page.getByLabel('Who is scoring').selectOption({ label: name! });
    await page.getByLabel(`${name}'s score of Fine-tuned 7B on Quality`).selectOption(value!);
    await page.getByRole('button', { name: `Done: hide ${name}'s scores` }).click();
  }
  await expect(page.getByText('Blind scoring: 3 scores from 3 people, hidden until the reveal')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal scores' }).click();
  const cell = page.locator('table.heat-map').getByRole('row').filter({ hasText: 'Fine-tuned 7B' }).locator('td').first();
  await expect(cell).toContainText('Strong disagreement');
  await expect(cell).toContainText('mean 3.67 · median 4 · spread 3');
  await expectNoSeriousViolations(page);
  await page.getByLabel('Agreed score of Fine-tuned 7B on Quality').selectOption('4');
  await page.getByRole('button', { name: 'Finish the round' }).click();

  // Results in English: the hosted API is out (not on-premises), the ranking and its sensitivity.
  await page.getByRole('tab', { name: /^Results/ }).click();
  const ranking = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Rank' }) });
  await expect(ranking.getByRole('rowheader')).toHaveText(['RAG, 7B base', 'Fine-tuned 7B', 'Open-weight 72B']);
  await expect(page.locator('.excluded-list')).toContainText('On-premises: 1 is below the minimum of 4');
  await expect(page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'If it rises' }) })).toContainText('robust');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.locator('.record-status')).toContainText('Recorded as ADR-0001 “Choose RAG, 7B base”');

  // Undo takes the decision back.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Decisions recorded from this matrix' })).toHaveCount(0);
});
