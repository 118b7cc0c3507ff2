import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { agenda, seriousViolations, waitSaved } from './facilitation-helpers';

/**
 * Custom templates in the web build, in the Chinese UI: save a worked workshop as a template, start
 * a new workshop from it (the agenda and criteria come along, the room's cards do not), export the
 * template file as a download, delete it, import the file back, and refuse a truncated file.
 */
const templateName = '银行客服落地模板';

async function openChineseSampleCopy(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByRole('list', { name: '示例工作坊' }).getByRole('button', { name: '打开副本：智能客服落地' }).click();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(9);
}

const templateChoices = (page: Page) => page.getByRole('group', { name: '起始模板' });

test('save a workshop as a template, start from it, export, delete, import it back', async ({ page, baseURL }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));

  await openChineseSampleCopy(page);
  await agenda(page).getByRole('button', { name: /技术选型/ }).click();
  const firstCriterion = await page.getByLabel('名称（标准 1）').inputValue();
  expect(firstCriterion.length).toBeGreaterThan(0);
  await waitSaved(page);

  // Save as template…: a labelled dialog, name and description.
  await page.getByRole('button', { name: '另存为模板…' }).click();
  const dialog = page.getByRole('dialog', { name: '另存为模板' });
  await expect(dialog.getByLabel('模板名称')).toHaveValue(/^智能客服落地/);
  await dialog.getByLabel('模板名称').fill(templateName);
  await dialog.getByLabel('说明').fill('九个阶段，含本行的评估标准与权重。');
  await expect(dialog).toContainText('不保留现场产出');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: '保存模板' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `已另存为模板“${templateName}”` })).toBeVisible();

  // Back home: the template is a choice of the new-workshop form, beside the built-in ones.
  await page.getByRole('button', { name: '← 工作坊列表' }).click();
  const choices = templateChoices(page);
  await expect(choices.getByRole('radio')).toHaveCount(3);
  await choices.getByRole('radio', { name: new RegExp(templateName) }).check();
  await expect(page.getByText('内容语言：简体中文（来自模板）')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('工作坊名称').fill('理赔客服落地工作坊');
  await page.getByRole('button', { name: '创建工作坊' }).click();

  // The new workshop: the sample's nine stages and its criteria, none of its cards or options.
  await expect(page.getByRole('textbox', { name: '工作坊名称' })).toHaveValue('理赔客服落地工作坊');
  await expect(agenda(page).getByRole('listitem')).toHaveCount(9);
  await expect(page.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();
  await agenda(page).getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(0);
  await agenda(page).getByRole('button', { name: /技术选型/ }).click();
  await expect(page.getByLabel('名称（标准 1）')).toHaveValue(firstCriterion);
  await expect(page.getByRole('textbox', { name: /^方案 \d+ 的名称$/ })).toHaveCount(0);
  await waitSaved(page);

  // Export template file: a download of the template's file.
  await page.getByRole('button', { name: '← 工作坊列表' }).click();
  const download = page.waitForEvent('download');
  await templateChoices(page).getByRole('button', { name: `导出：模板文件“${templateName}”` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${templateName}.groundwork-template`);
  await expect(page.getByRole('status').filter({ hasText: `已导出为 ${templateName}.groundwork-template` })).toBeVisible();
  const path = await file.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'groundwork-template', formatVersion: 1, name: templateName, language: 'zh-CN' });

  // Delete asks first; Cancel keeps it.
  const deleteButton = templateChoices(page).getByRole('button', { name: `删除：模板“${templateName}”` });
  await deleteButton.click();
  await page.getByRole('dialog', { name: '删除模板？' }).getByRole('button', { name: '取消' }).click();
  await expect(templateChoices(page).getByRole('radio')).toHaveCount(3);
  await deleteButton.click();
  await page.getByRole('dialog', { name: '删除模板？' }).getByRole('button', { name: '删除' }).click();
  await expect(templateChoices(page).getByRole('radio')).toHaveCount(2);

  // Import template… brings the file back, chosen.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入模板…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('status').filter({ hasText: `已导入模板“${templateName}”` })).toBeVisible();
  await expect(templateChoices(page).getByRole('radio', { name: new RegExp(templateName) })).toBeChecked();

  // A truncated file is refused with the reason, and nothing is lost or added.
  const bad = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入模板…' }).click();
  await (await bad).setFiles({ name: '损坏的模板.groundwork-template', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 400)) });
  await expect(page.getByRole('alert')).toContainText('文件已损坏或不完整');
  await expect(page.getByRole('alert')).toContainText('损坏的模板.groundwork-template');
  await expect(templateChoices(page).getByRole('radio')).toHaveCount(3);

  // A workshop file offered as a template is named as such.
  await page.getByRole('alert').getByRole('button', { name: '关闭' }).click();
  const wrong = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入模板…' }).click();
  await (await wrong).setFiles({ name: 'workshop.groundwork', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schemaVersion: 3, id: 'x' })) });
  await expect(page.getByRole('alert')).toContainText('该文件不是落地工坊模板');

  // After a reload the template is still there.
  await page.reload();
  await expect(templateChoices(page).getByRole('radio')).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);

  expect(requests.filter((url) => !url.startsWith(baseURL ?? 'http://127.0.0.1:4173'))).toEqual([]);
  expect(errors).toEqual([]);
});
