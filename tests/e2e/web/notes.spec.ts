import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { agenda, createWorkshop, reloadAndReopen, seriousViolations, waitSaved } from './facilitation-helpers';
import { editor, editorText, installCspProbe, preview, typeInEditor } from './notes-helpers';

/**
 * Stage 4 of the method in Chinese: notes from a template, Markdown with a table and a task list,
 * the inference path as a Mermaid diagram drawn offline and shown as an image, a syntax error shown
 * inline and fixed, a decision record linked to a pain point, MADR export and import — under the
 * app's real CSP, with no violation and no console error along the way.
 */

const painPoint = '坐席需要在五个系统之间切换才能回答一个问题';
const adrTitle = '推理服务部署在行内 K8s 集群';

async function addPainPoint(page: Page) {
  await agenda(page).getByRole('button', { name: /^(\d+ )?用户调研与痛点分析 \d/ }).click();
  await page.getByRole('textbox', { name: '新卡片' }).fill(painPoint);
  await page.getByRole('button', { name: '添加卡片' }).click();
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue(painPoint);
}

async function openArchitecture(page: Page) {
  await agenda(page).getByRole('button', { name: /^(\d+ )?系统架构设计 \d/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '系统架构设计' })).toBeVisible();
}

test('architecture notes in Chinese: template, table, tasks, a Mermaid diagram, its error, and a linked decision record', async ({ page }) => {
  test.setTimeout(90_000);
  const probe = await installCspProbe(page);
  await createWorkshop(page);
  await addPainPoint(page);
  await openArchitecture(page);

  // A section from the "deployment & inference" template: its questions, then its diagram.
  await expect(page.getByText('还没有章节')).toBeVisible();
  await page.getByRole('button', { name: '添加章节' }).click();
  const dialog = page.getByRole('dialog', { name: '添加章节' });
  await dialog.getByLabel(/^部署与推理/).check();
  await dialog.getByRole('button', { name: '添加章节' }).click();
  await expect(page.getByRole('tab', { name: '部署与推理', selected: true })).toBeVisible();
  await expect(preview(page).getByText('从提问到回答之间经过哪些环节？画出推理流程。')).toBeVisible();
  const diagram = preview(page).getByRole('img', { name: '图表（flowchart）' }).first();
  await expect(diagram).toBeVisible();
  await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  expect(await diagram.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  // On the projector a wide diagram opens enlarged.
  await preview(page).getByRole('button', { name: '放大' }).click();
  const large = page.getByRole('dialog', { name: '图表（flowchart）' });
  await expect(large.getByRole('img', { name: '图表（flowchart）' })).toBeVisible();
  // …and saves as a PNG at print resolution (the picture the PDF export uses: diagram-image.ts).
  const [png] = await Promise.all([page.waitForEvent('download'), large.getByRole('button', { name: '保存为 PNG（300 dpi）' }).click()]);
  const pngBytes = await readFile((await png.path()) ?? '');
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const natural = await diagram.evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(Math.abs(pngBytes.readUInt32BE(16) - Math.round(natural * 3.125))).toBeLessThanOrEqual(1);
  await large.getByRole('button', { name: '关闭' }).click();
  await expect(large).toBeHidden();

  // Markdown typed in the editor: a table and a task list, previewed beside it.
  await typeInEditor(page, '\n\n| 组件 | 部署位置 |\n|---|---|\n| 向量库 | 行内机房 |\n| 7B 模型 | GPU 集群 |\n\n- [x] 确认 GPU 型号\n- [ ] 压测 P95 延迟\n');
  const table = preview(page).getByRole('table');
  await expect(table.getByRole('columnheader', { name: '部署位置' })).toBeVisible();
  await expect(table.getByRole('cell', { name: '行内机房' })).toBeVisible();
  await expect(preview(page).getByRole('checkbox', { name: '已完成：确认 GPU 型号' })).toBeChecked();
  const todo = preview(page).getByRole('checkbox', { name: '已完成：压测 P95 延迟' });
  await expect(todo).not.toBeChecked();
  await todo.check();
  await expect.poll(() => editorText(page)).toContain('- [x] 压测 P95 延迟');

  // The inference path, drawn live; then a syntax error shows inline, then it is fixed.
  await typeInEditor(page, '\n```mermaid\nflowchart TD\n  问[坐席提问] --> 检[检索知识库]\n  检 --> 模[7B 模型推理]\n  模 --> 答[回答与引用]\n```\n');
  const diagrams = preview(page).getByRole('img', { name: '图表（flowchart）' });
  await expect(diagrams).toHaveCount(2);
  await expect.poll(() => diagrams.nth(1).evaluate((img: HTMLImageElement) => img.naturalHeight)).toBeGreaterThan(150);
  // Break the diagram as a facilitator mid-sentence would: delete the "]" of its last node.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  const error = preview(page).getByRole('status').filter({ hasText: '图表语法错误' });
  await expect(error).toBeVisible();
  await expect(error).toContainText(/Parse error|Expecting/);
  await expect(preview(page).getByLabel('图表源码')).toContainText('模 --> 答[回答与引用');
  await expect(preview(page).getByRole('img', { name: '上一次成功绘制的图表' })).toBeVisible();
  await page.keyboard.type(']');
  await expect(error).toBeHidden();
  await expect(diagrams).toHaveCount(2);
  await expect.poll(() => editorText(page)).toContain('  模 --> 答[回答与引用]');

  // A decision record: drivers, an option, the pain point behind it, then accepted.
  await page.getByRole('tab', { name: /架构决策（ADR）/ }).click();
  await page.getByRole('button', { name: '新建决策记录' }).click();
  const record = page.getByRole('article', { name: '决策记录 ADR-0001' });
  await record.getByLabel('标题').fill(adrTitle);
  await record.getByLabel('背景与问题').fill('客户数据不得离开行内网络；坐席需要 1.5 秒内得到回答。');
  await record.getByRole('button', { name: '添加方案' }).click();
  await record.getByLabel('方案', { exact: true }).fill('行内 K8s + 开源 7B 模型');
  await record.getByLabel('选定方案').selectOption({ label: '行内 K8s + 开源 7B 模型' });
  await record.getByLabel('关联痛点').selectOption({ label: painPoint });
  await record.getByRole('button', { name: '关联', exact: true }).click();
  await expect(record.getByText(painPoint)).toBeVisible();
  await record.getByLabel('状态').selectOption({ label: '已接受' });
  await expect(page.getByRole('button', { name: /ADR-0001.*已接受/ })).toBeVisible();
  await page.getByRole('button', { name: /^已接受/ }).click();
  await expect(page.getByRole('button', { name: /ADR-0001/ })).toBeVisible();
  await page.getByRole('button', { name: /^已否决/ }).click();
  await expect(page.getByText('没有此状态的记录。')).toBeVisible();
  await page.getByRole('button', { name: /^全部/ }).click();

  // Kept over a reload; the pain point shows the decision that addresses it.
  await waitSaved(page);
  await reloadAndReopen(page);
  await openArchitecture(page);
  await expect(preview(page).getByRole('img', { name: '图表（flowchart）' })).toHaveCount(2);
  await expect(preview(page).getByRole('checkbox', { name: '已完成：压测 P95 延迟' })).toBeChecked();
  await page.getByRole('tab', { name: /架构决策（ADR）· 1/ }).click();
  await page.getByRole('button', { name: /ADR-0001/ }).click();
  const reloaded = page.getByRole('article', { name: '决策记录 ADR-0001' });
  await expect(reloaded.getByLabel('状态')).toHaveValue('accepted');
  await expect(reloaded.getByText(painPoint)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // MADR export: one Markdown download with the record in MADR's sections.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 MADR（.md）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/-adr-madr\.md$/);
  const exported = await readFile((await download.path()) ?? '', 'utf8');
  expect(exported).toContain('<!-- madr-file: 0001-k8s.md -->');
  expect(exported).toContain(`# ${adrTitle}`);
  expect(exported).toContain('status: "accepted"');
  for (const heading of ['## Context and Problem Statement', '## Considered Options', '## Decision Outcome', 'Chosen option: "行内 K8s + 开源 7B 模型"']) expect(exported).toContain(heading);

  // Import: the same file updates the record; a record from another MADR tool is added as ADR-0002.
  const other = '---\nstatus: proposed\ndate: 2026-11-20\ndeciders: 王丽, 张伟\n---\n\n# 知识库检索采用混合检索\n\n## Context and Problem Statement\n\n关键词检索召回率低。\n';
  await page.getByLabel('导入 MADR…').setInputFiles([
    { name: 'export.md', mimeType: 'text/markdown', buffer: Buffer.from(exported.replace(`# ${adrTitle}`, `# ${adrTitle}（已评审）`)) },
    { name: '0007-hybrid-retrieval.md', mimeType: 'text/markdown', buffer: Buffer.from(other) },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '导入完成：新增 1 条，更新 1 条。' })).toBeVisible();
  await expect(page.getByRole('button', { name: /ADR-0001.*（已评审）/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /ADR-0002.*知识库检索采用混合检索.*提议中/ })).toBeVisible();

  await agenda(page).getByRole('button', { name: /^(\d+ )?用户调研与痛点分析 \d/ }).click();
  await expect(page.getByRole('listitem', { name: '卡片 1' }).getByText('已在 ADR-0001 中决策')).toBeVisible();
  expect(await probe()).toEqual({ violations: [], errors: [] });
});
