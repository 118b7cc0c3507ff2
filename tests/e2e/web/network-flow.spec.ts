import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { defaultBase, installProbe, recordNetwork, switchLanguage } from './security-helpers';

/**
 * Zero network across a whole workshop day (docs/threat-model.md, "no network"): the fully worked
 * Chinese sample opened from home, every stage's board (the matrix's four views with its charts,
 * the architecture notes with their Mermaid diagrams and decision records, scorecard, risks,
 * actions), the sizing helper, the presenter's window, and a full-record PDF export. Every request of
 * every page and worker is recorded; none may leave the app's origin, and the PDF must carry its own
 * fonts and no link, launch or script action.
 */

test.describe.configure({ timeout: 180_000 });

test('a full workshop day, through the matrix, notes and PDF export, makes no request outside the app', async ({ page, context, baseURL }, testInfo) => {
  const base = baseURL ?? defaultBase;
  const probe = await installProbe(page);
  const network = await recordNetwork(context, base);

  await page.goto('/');
  await switchLanguage(page, '简体中文');
  await page.getByRole('list', { name: '示例工作坊' }).getByRole('button', { name: '打开副本：智能客服落地' }).click();
  const agenda = page.getByRole('navigation', { name: '议程' });
  await expect(agenda.getByRole('listitem')).toHaveCount(9);

  let diagrams = 0;
  for (const item of await agenda.getByRole('listitem').all()) {
    await item.locator('button.agenda-select').click();
    const kind = (await page.locator('.stage-kind').textContent()) ?? '';
    if (kind === '决策矩阵') {
      for (const view of ['方案与标准', '权重', '评分', '结果']) await page.getByRole('tab', { name: view }).click();
      await expect(page.locator('.matrix-panel svg').first()).toBeVisible();
      await page.getByRole('button', { name: '算力与成本估算' }).click();
      await page.getByRole('dialog', { name: /算力与成本估算/ }).getByRole('button', { name: '关闭' }).click();
    }
    if (await page.getByRole('tab', { name: '笔记' }).count()) {
      // Every section, so that every Mermaid diagram is drawn; then the decision records.
      for (const section of await page.getByRole('tablist', { name: '章节' }).getByRole('tab').all()) {
        await section.click();
        await expect(page.locator('figure.diagram[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
        diagrams += await page.locator('figure.diagram img.diagram-image').count();
      }
      await page.getByRole('tab', { name: /架构决策（ADR）/ }).click();
      await page.getByRole('tab', { name: '笔记' }).click();
    }
  }

  expect(diagrams, 'the sample’s Mermaid diagrams were drawn').toBeGreaterThan(0);

  // The presenter's window is a second page of the same context: recorded too.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '演示视图' }).click()]);
  await presenter.waitForLoadState();
  await presenter.close();

  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 PDF 讲义' });
  await dialog.getByRole('radio', { name: /完整记录/ }).check();
  await dialog.getByRole('combobox', { name: 'PDF 语言' }).selectOption({ label: '简体中文' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
  const file = testInfo.outputPath('full-record.pdf');
  await download.saveAs(file);

  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line, 'every font embedded').toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/);
  const objects = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 128 * 1024 * 1024 }).toString('latin1');
  expect(objects).not.toMatch(/\/(URI|Launch|JavaScript|JS|GoToR|SubmitForm|ImportData)\b/);

  const origin = new URL(base).origin;
  const outside = network.requests.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:') && new URL(r.url).origin !== origin);
  expect(outside).toEqual([]);
  expect(network.escaped).toEqual([]);
  expect(network.websockets).toEqual([]);
  expect(network.requests.filter((r) => r.type === 'font' && !r.url.startsWith(origin))).toEqual([]);
  expect(context.serviceWorkers()).toEqual([]);
  expect((await probe()).violations).toEqual([]);
});
