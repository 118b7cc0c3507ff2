import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { serializeWorkshop } from '../../../shared/model/codec';
import { createWorkshop } from '../../../shared/model/templates';
import type { Workshop } from '../../../shared/model/workshop';
import { seriousViolations, waitSaved } from './facilitation-helpers';

/**
 * The sizing helper, in Chinese: GPU memory for a model and its monthly cost, with the formulas
 * shown, and a figure copied into the decision matrix with its working as the cell's rationale.
 */

const title = '算力估算工作坊';

function workshopWithMatrix(): Workshop {
  let n = 0;
  const doc = createWorkshop({ template: 'llm-landing', title, language: 'zh-CN', now: '2026-03-01T09:00:00.000Z', makeId: () => `s${++n}` });
  const stages = doc.stages.map((s) =>
    s.kind === 'matrix'
      ? {
          ...s,
          options: [
            { id: 'opt-api', name: '云端 API', description: '' },
            { id: 'opt-qwen', name: '私有化部署 Qwen2.5-72B', description: '' },
          ],
          criteria: [
            { id: 'crit-cost', name: '每千次请求成本', description: '', direction: 'cost' as const, scale: 'measured' as const, unit: '元', knockout: null, libraryKey: null, linkedCardIds: [] },
            { id: 'crit-quality', name: '任务效果', description: '', direction: 'benefit' as const, scale: 'rating' as const, unit: '', knockout: null, libraryKey: null, linkedCardIds: [] },
          ],
        }
      : s,
  );
  return { ...doc, stages, currentStageId: stages.find((s) => s.kind === 'matrix')?.id ?? null };
}

async function importWorkshop(page: Page, doc: Workshop) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入…' }).click();
  await (await chooser).setFiles({ name: 'sizing.groundwork', mimeType: 'application/json', buffer: Buffer.from(serializeWorkshop(doc)) });
  await expect(page.getByRole('heading', { level: 1, name: '技术选型' })).toBeVisible();
}

test('estimates GPUs and monthly cost with the formulas shown, and copies the cost into the matrix', async ({ page }) => {
  await importWorkshop(page, workshopWithMatrix());
  await page.getByRole('button', { name: '算力与成本估算' }).click();
  const panel = page.getByRole('dialog', { name: /算力与成本估算/ });
  await expect(panel).toBeVisible();

  // Qwen2.5-72B in BF16, 8 × 8k contexts, 10 % overhead on 80 GB GPUs at 90 %: (145.4 + 21.5) × 1.1 = 183.6 GB → 3 GPUs.
  await panel.getByRole('combobox', { name: '模型' }).selectOption({ label: 'Qwen2.5-72B-Instruct' });
  await expect(panel.getByText('3 张 80 GB GPU')).toBeVisible();
  // One 8k context on 96 GB GPUs: (145.4 + 2.7) × 1.1 = 162.9 GB over 86.4 GB usable → 2; in INT4, 42.9 GB → 1.
  await panel.getByRole('spinbutton', { name: '并发请求数' }).fill('1');
  await panel.getByRole('combobox', { name: 'GPU 型号' }).selectOption({ label: 'H20 · 96 GB' });
  await expect(panel.getByText('2 张 96 GB GPU')).toBeVisible();
  await panel.getByRole('combobox', { name: '权重精度' }).selectOption('int4');
  await expect(panel.getByText('1 张 96 GB GPU')).toBeVisible();
  await expect(panel.getByText(/KV 缓存 = 2 × 层数 × KV 头数/)).toBeVisible();

  // Tokens: 10,000 requests × 30 days × (1,500 × ¥2 + 300 × ¥6) / 1e6 = ¥1,440 a month, ¥4.80 per 1,000.
  await panel.getByRole('radio', { name: /按 token/ }).check();
  await expect(panel.getByText('¥ 1,440')).toBeVisible();
  await expect(panel.getByText('¥ 4.8', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await panel.getByRole('combobox', { name: '方案' }).selectOption({ label: '云端 API' });
  await panel.getByRole('combobox', { name: '标准（实测型）' }).selectOption({ label: '每千次请求成本 (元)' });
  await panel.getByRole('button', { name: '复制到矩阵' }).click();
  await expect(panel.getByRole('status')).toHaveText('已复制到 云端 API · 每千次请求成本。');
  await page.screenshot({ path: test.info().outputPath('sizing-zh.png') });
  await panel.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('tab', { name: '评分' }).click();
  await expect(page.getByRole('spinbutton', { name: '云端 API在“每千次请求成本”上的评分' })).toHaveValue('4.8');
  await expect(page.getByText('算力估算：每千次请求 ¥ 4.8（每日 10,000 次请求，按 token 计费）。')).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: '技术选型' })).toBeVisible();
  await page.getByRole('tab', { name: '评分' }).click();
  await expect(page.getByRole('spinbutton', { name: '云端 API在“每千次请求成本”上的评分' })).toHaveValue('4.8');
});
