import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** Every request the page makes, and every console error (CSP violations included). */
function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { requests, errors };
}

async function switchLanguage(page: Page, to: 'English' | '简体中文') {
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: to });
}

async function waitSaved(page: Page) {
  await expect(page.getByRole('status', { name: /^(Save status|保存状态)$/ })).toHaveText(/已保存|Saved/);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test('a Chinese workshop from the template keeps its cards across a reload, with undo', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto('/');
  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('heading', { name: '本机上的工作坊' })).toBeVisible();

  await page.getByLabel('工作坊名称').fill('智能客服落地工作坊');
  await page.getByLabel('大模型应用落地').check();
  await page.getByRole('button', { name: '创建工作坊' }).click();

  const agenda = page.getByRole('navigation', { name: '议程' });
  await expect(agenda.getByRole('listitem')).toHaveCount(9);
  await expect(agenda.getByRole('button', { name: /技术选型/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '应用场景与价值点' })).toBeVisible();

  await agenda.getByRole('button', { name: /用户调研与痛点分析/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  const composer = page.getByRole('textbox', { name: '新卡片' });
  await composer.fill('坐席要在五个系统里查一个答案');
  await page.getByRole('button', { name: '添加卡片' }).click();
  await composer.fill('“客户等太久了，我们只能干着急。”');
  await composer.press('Control+Enter');
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(2);
  await page.getByRole('textbox', { name: '卡片 1 的内容' }).fill('坐席要在五个系统里查一个答案，平均 6 分钟');
  await waitSaved(page);

  await page.reload();
  await page.getByRole('button', { name: /^智能客服落地工作坊/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户调研与痛点分析' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '卡片 1 的内容' })).toHaveValue('坐席要在五个系统里查一个答案，平均 6 分钟');
  await expect(page.getByRole('textbox', { name: '卡片 2 的内容' })).toHaveValue('“客户等太久了，我们只能干着急。”');

  // Undo history lives with the open session: make a change, then undo it by keyboard and by button.
  await page.getByRole('button', { name: '删除卡片 2' }).click();
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(1);
  await page.locator('body').press('Control+z');
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(2);
  await page.locator('body').press('Control+Shift+z');
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(2);
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /^智能客服落地工作坊/ }).click();
  await expect(page.getByRole('textbox', { name: /^卡片 \d+ 的内容$/ })).toHaveCount(2);

  expect(seen.requests.filter((url) => !url.startsWith(baseURL ?? 'http://127.0.0.1:4173'))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the whole UI switches language at any time, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

  await switchLanguage(page, '简体中文');
  await expect(page.getByRole('navigation', { name: '议程' })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The content stays in the language it was written in.
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario & value points' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: '本机上的工作坊' })).toBeVisible();
});

test('workshops can be renamed, duplicated and deleted from the home screen', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, 'English');
  await page.getByLabel('Workshop title').fill('Service desk pilot');
  await page.getByLabel('Blank workshop').check();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('button', { name: '← Workshops' }).click();

  const list = page.getByRole('list', { name: 'Saved workshops' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('1 stage');

  await page.getByRole('button', { name: 'Rename “Service desk pilot”' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename workshop' });
  await rename.getByLabel('Workshop title').fill('客服试点');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(list.getByRole('button', { name: /^客服试点/ })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate “客服试点”' }).click();
  await page.getByRole('dialog', { name: 'Duplicate workshop' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('button', { name: /^客服试点 \(copy\)/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete “客服试点”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete workshop?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete “客服试点”' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Saved workshops' }).getByRole('listitem')).toHaveCount(1);
});

test('stages can be added, renamed, reordered and deleted, and stay that way', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, 'English');
  await page.getByLabel('Workshop title').fill('Agenda check');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  const names = () => agenda.locator('.agenda-name').allTextContents();

  await page.getByRole('button', { name: 'Add stage' }).click();
  const add = page.getByRole('dialog', { name: 'Add stage' });
  await add.getByLabel('Stage title').fill('Parking lot review');
  await add.getByLabel('Timebox (minutes)').fill('15');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(10);
  await expect(page.getByRole('heading', { level: 1, name: 'Parking lot review' })).toBeVisible();

  await page.getByRole('button', { name: 'Move “Parking lot review” up' }).click();
  expect((await names())[8]).toBe('Parking lot review');

  await agenda.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename stage' });
  await rename.getByLabel('Stage title').fill('停车场回顾');
  await rename.getByRole('button', { name: 'Rename' }).click();
  expect((await names())[8]).toBe('停车场回顾');

  await agenda.getByRole('button', { name: /Feasibility/ }).click();
  await agenda.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete stage?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(9);
  await waitSaved(page);

  await page.reload();
  await page.getByRole('button', { name: /^Agenda check/ }).click();
  const after = await page.getByRole('navigation', { name: 'Agenda' }).locator('.agenda-name').allTextContents();
  expect(after).not.toContain('Feasibility');
  expect(after[7]).toBe('停车场回顾');
});

test('home and board have no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, '简体中文');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '创建工作坊' }).click();
  await page.getByRole('textbox', { name: '新卡片' }).fill('知识库更新慢');
  await page.getByRole('button', { name: '添加卡片' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('card text is shown as text, never run as HTML', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  const payload = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
  await page.getByRole('textbox', { name: 'New card' }).fill(payload);
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByRole('textbox', { name: 'Text of card 1' })).toHaveValue(payload);
  await expect(page).toHaveTitle('Groundwork');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(seen.requests.filter((u) => u.endsWith('/x'))).toEqual([]);
});
