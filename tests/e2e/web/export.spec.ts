import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { logoPng } from '../../unit/pdf/png-encode';
import { preview, typeInEditor } from './notes-helpers';

/**
 * The PDF export in the web build, under the app's real CSP (`connect-src 'none'`, `worker-src
 * 'self' blob:`): the handout is made in a module worker with the bundled fonts and arrives as a
 * download. Checked with poppler: a PDF, A4, with the Chinese title, a card and the marking.
 */
const title = '智能客服落地工作坊';
const cards = ['坐席要在五个系统里查一个答案，平均 6 分钟', '“客户等太久了，我们只能干着急。”', '新人培训要三个月'];
const marking = '内部资料 · Internal';

test.describe.configure({ timeout: 90_000 });

function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { requests, errors };
}

async function createWorkshopWithCards(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByLabel('工作坊名称').fill(title);
  await page.getByLabel('大模型应用落地').check();
  await page.getByRole('button', { name: '创建工作坊' }).click();
  await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  const composer = page.getByRole('textbox', { name: '新卡片' });
  for (const text of cards) {
    await composer.fill(text);
    await page.getByRole('button', { name: '添加卡片' }).click();
  }
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(cards.length);
}

const exportDialog = (page: Page) => page.getByRole('dialog', { name: '导出 PDF 讲义' });

test('exports a Chinese A4 handout with the marking as a download, and remembers the choices', async ({ page, baseURL }, testInfo) => {
  const seen = watch(page);
  await createWorkshopWithCards(page);

  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /干系人讲义/ }).check();
  await dialog.getByRole('combobox', { name: 'PDF 语言' }).selectOption({ label: '简体中文' });
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await dialog.getByRole('textbox', { name: '组织名称' }).fill('华东客服中心');
  await dialog.getByRole('textbox', { name: '密级标识' }).fill(marking);
  await expect(dialog.getByRole('checkbox', { name: '02 用户调研与痛点分析' })).toBeChecked();
  const axe = await new AxeBuilder({ page }).include('.export-dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(`${title} - 工作坊讲义.pdf`);
  const file = testInfo.outputPath('handout.pdf');
  await download.saveAs(file);
  await expect(dialog.getByRole('status')).toContainText(`已下载 ${title} - 工作坊讲义.pdf`);

  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  for (const expected of [title, '执行摘要', '用户调研与痛点分析', cards[0] ?? '', marking, '华东客服中心']) expect(text).toContain(expected);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  // Self-contained: both faces embedded, and nothing that reaches out (links, launch or script actions).
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(fonts).toHaveLength(2);
  for (const line of fonts) expect(line).toMatch(/^LXGWWenKai\s+CID TrueType\s+Identity-H\s+yes\s/);
  const objects = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
  expect(objects).not.toMatch(/\/(URI|Launch|JavaScript|JS|GoToR|SubmitForm)\b/);

  // Leaving out a section, then the choices come back the next time (and after a reload).
  await dialog.getByRole('checkbox', { name: '03 技术选型' }).uncheck();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect(dialog.getByRole('textbox', { name: '密级标识' })).toHaveValue(marking);
  await expect(dialog.getByRole('textbox', { name: '组织名称' })).toHaveValue('华东客服中心');
  await expect(dialog.getByRole('combobox', { name: 'PDF 语言' })).toHaveValue('zh-CN');
  await expect(dialog.getByRole('radio', { name: 'A4' })).toBeChecked();

  expect(seen.requests.filter((url) => !url.startsWith(baseURL ?? 'http://127.0.0.1'))).toEqual([]);
  expect(seen.errors, 'no CSP violation or error while the worker made the PDF').toEqual([]);
});

test('Cancel stops the export: nothing is downloaded, and the next export works', async ({ page, context }, testInfo) => {
  const seen = watch(page);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  // Hold the worker's fonts (the web build's bundled copy) so the export is surely still running when Cancel is pressed.
  const held: Route[] = [];
  await context.route('**/assets/LXGWWenKai-*.js', (route) => void held.push(route));
  await createWorkshopWithCards(page);

  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: '导出进度' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '密级标识' })).toBeDisabled();
  await expect.poll(() => held.length, { message: 'the worker asked for its fonts' }).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已取消导出，未保存任何文件。');
  await expect(dialog.getByRole('progressbar')).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: '密级标识' })).toBeEnabled();

  // Let the fonts through again (the cancelled worker is gone), then export for real.
  await context.unroute('**/assets/LXGWWenKai-*.js');
  for (const route of held.splice(0)) await route.continue().catch(() => undefined);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
  const file = testInfo.outputPath('after-cancel.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(downloads, 'only the export that was not cancelled was downloaded').toHaveLength(1);
  expect(seen.errors).toEqual([]);
});

test('draws the notes’ Mermaid diagrams into the PDF (a broken one as a labelled placeholder) and puts the chosen logo on it', async ({ page }, testInfo) => {
  const seen = watch(page);
  await createWorkshopWithCards(page);
  // The "deployment & inference" section template brings a flowchart; a second diagram is broken on purpose.
  await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /系统架构设计/ }).click();
  await page.getByRole('button', { name: '添加章节' }).click();
  const add = page.getByRole('dialog', { name: '添加章节' });
  await add.getByLabel(/^部署与推理/).check();
  await add.getByRole('button', { name: '添加章节' }).click();
  await typeInEditor(page, '\n```mermaid\ngraph LR\n  坐席 --> [[[\n```\n');
  await expect(preview(page).getByRole('status').filter({ hasText: '图表语法错误' })).toBeVisible();

  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = exportDialog(page);
  const logoInput = dialog.getByLabel('组织标志');
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(dialog.getByRole('alert')).toHaveText('该文件不是 PNG 或 JPEG 图片。');
  await logoInput.setInputFiles({ name: '华东客服中心.png', mimeType: 'image/png', buffer: Buffer.from(logoPng()) });
  await expect(dialog.getByRole('alert')).toBeHidden();
  await expect(dialog.getByRole('img', { name: '标志：华东客服中心.png' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
  const file = testInfo.outputPath('diagrams.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('图1·部署与推理');
  expect(text).toContain('图2无法绘制');
  expect(text).not.toContain('没有浏览器环境');
  // The logo once (drawn on every page by reference) and the drawn flowchart: two images in the file.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(new Set(images.map((row) => row.trim().split(/\s+/)[10])).size).toBe(2);
  expect(images.length).toBe(pages + 1);
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');

  // The logo is remembered with the other choices, and can be removed.
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect(dialog.getByRole('img', { name: '标志：华东客服中心.png' })).toBeVisible();
  await dialog.getByRole('button', { name: '移除标志' }).click();
  await expect(dialog.getByRole('img', { name: /^标志/ })).toBeHidden();
  expect(seen.errors).toEqual([]);
});
