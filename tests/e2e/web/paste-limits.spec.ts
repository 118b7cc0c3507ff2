import { expect, test } from '@playwright/test';

/**
 * A paste longer than a field can hold is refused as a whole, with a translated reason, instead of
 * the browser silently cutting it short; what the field had stays, and ordinary pastes still work.
 * The real clipboard and Ctrl+V, as a facilitator would do it.
 */
test('a 50 MB paste into a card is refused with a reason in Chinese, and the card keeps its text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: '简体中文' });
  await page.getByLabel('工作坊名称').fill('粘贴测试');
  await page.getByRole('button', { name: '创建工作坊' }).click();
  await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /用户调研与痛点分析/ }).click();

  const composer = page.getByRole('textbox', { name: '新卡片' });
  await composer.fill('坐席要在五个系统里查答案');
  const copy = (text: string) => page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(() => navigator.clipboard.writeText('知识库过期 '.repeat(Math.ceil((50 * 1024 * 1024) / 6))));
  await composer.press('End');
  await composer.press('Control+v');
  await expect(page.getByRole('alert')).toHaveText(/^未粘贴：这段文字有 52,428,80\d 个字符，此处最多容纳 200,000 个字符。原有内容未改变。/);
  await expect(composer).toHaveValue('坐席要在五个系统里查答案');

  // An ordinary paste goes in, and the notice can be put away.
  await page.getByRole('alert').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await copy('，平均处理 6 分钟');
  await composer.press('Control+v');
  await expect(composer).toHaveValue('坐席要在五个系统里查答案，平均处理 6 分钟');
  await page.getByRole('button', { name: '添加卡片' }).click();
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue('坐席要在五个系统里查答案，平均处理 6 分钟');

  // Selected text counts as replaced: a paste that fits once the selection goes is taken.
  const title = page.getByRole('textbox', { name: '工作坊名称' });
  await copy('甲'.repeat(499));
  await title.selectText();
  await title.press('Control+v');
  await expect(title).toHaveValue('甲'.repeat(499));
  await copy('乙乙');
  await title.press('End');
  await title.press('Control+v');
  await expect(page.getByRole('alert')).toHaveText(/此处最多容纳 500 个字符/);
  await expect(title).toHaveValue('甲'.repeat(499));
});
