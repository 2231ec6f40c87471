// Keeping the case in shape in Chromium: search, edit, delete and restore entries; import a framework
// with an error shown in place, then a good one; settings with export/import; the demo beside your data.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The list follows a filter after a request; give it time on a busy machine.
const POLL = { timeout: 10_000 };

import { stringify } from 'yaml';
import {
  BROWSER_READY,
  callApi,
  launchChromium,
  openAppPage,
  type Served,
  screenshot,
  seriousAxeViolations,
  servePromocase,
} from '../../support/browser.js';
import { ladder } from '../../support/framework-fixtures.js';

describe.skipIf(!BROWSER_READY)('the web app, keeping the case (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  const apiCall = (method: string, path: string, body?: unknown) => callApi(served, method, path, body);

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    await apiCall('PUT', 'profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
    await apiCall('POST', 'entries/batch', {
      entries: [
        {
          title: 'Led the billing migration cutover',
          impact: 'invoice errors 2% -> 0.1%',
          date: '2026-11-13',
          competencies: ['ownership'],
        },
        { title: 'Mentored Sam through the first on-call', kind: 'mentoring', date: '2026-11-06' },
        { title: 'Designed the retry policy', kind: 'design', date: '2026-10-30' },
      ],
    });
    ({ page, broken } = await openAppPage(browser));
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('searches and filters entries', async () => {
    await page.getByRole('link', { name: 'Entries', exact: true }).click();
    const filters = page.getByRole('search');
    const list = page.locator('.entry-list > li');
    await expect.poll(() => list.count(), POLL).toBe(3);
    await filters.getByLabel('Search', { exact: true }).fill('migrat');
    await expect.poll(() => list.count(), POLL).toBe(1);
    expect(await list.locator('.entry-title').textContent()).toBe('Led the billing migration cutover');
    await filters.getByLabel('Search', { exact: true }).fill('');
    await filters.getByLabel('Kind', { exact: true }).selectOption('mentoring');
    await expect.poll(() => list.count(), POLL).toBe(1);
    await filters.getByLabel('Kind', { exact: true }).selectOption('');
    await expect.poll(() => list.count(), POLL).toBe(3);
    await filters.getByLabel('Competency', { exact: true }).selectOption({ label: 'Ownership' });
    await expect.poll(() => list.count(), POLL).toBe(1);
    await filters.getByLabel('Competency', { exact: true }).selectOption('');
    await expect.poll(() => list.count(), POLL).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'entries');
  });

  it('edits an entry in place, and shows the field at fault when a change is refused', async () => {
    await page.getByRole('button', { name: 'Edit “Designed the retry policy”' }).click();
    const editor = page.getByRole('form', { name: 'Edit “Designed the retry policy”' });
    await editor.getByLabel('Links', { exact: true }).fill('not a url');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('expected an http(s) URL').first().waitFor();
    expect(await editor.getByLabel('Links', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'entry-edit-error');

    await editor.getByLabel('Links', { exact: true }).fill('https://example.com/adr/12');
    await editor
      .getByLabel('What did you do?', { exact: true })
      .fill('Designed the retry policy with idempotency keys');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await page
      .locator('.entry-title', { hasText: 'Designed the retry policy with idempotency keys' })
      .waitFor();
    const { entries } = (await apiCall('GET', 'entries?q=idempotency')) as { entries: { links: string[] }[] };
    expect(entries[0]?.links).toEqual(['https://example.com/adr/12']);
  });

  it('deletes an entry and restores it', async () => {
    const list = page.locator('.entry-list > li');
    await page.getByRole('button', { name: 'Delete “Mentored Sam through the first on-call”' }).click();
    await expect.poll(() => list.count(), POLL).toBe(2);
    await page.getByLabel('Deleted entries', { exact: true }).selectOption('only');
    await expect.poll(() => list.count(), POLL).toBe(1);
    await page.getByText('deleted', { exact: true }).waitFor();
    await screenshot(page, 'entries-deleted');
    await page.getByRole('button', { name: 'Restore “Mentored Sam through the first on-call”' }).click();
    await expect.poll(() => list.count(), POLL).toBe(0);
    await page.getByText('No entry matches these filters.').waitFor();
    await page.getByLabel('Deleted entries', { exact: true }).selectOption('exclude');
    await expect.poll(() => list.count(), POLL).toBe(3);

    // Or straight away, from the notice the deletion leaves.
    await page
      .getByRole('button', { name: 'Delete “Designed the retry policy with idempotency keys”' })
      .click();
    await expect.poll(() => list.count(), POLL).toBe(2);
    await page
      .getByRole('status')
      .getByText('Deleted “Designed the retry policy with idempotency keys”')
      .waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.count(), POLL).toBe(3);
    await page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
  });

  it('imports a framework: a broken file is refused with its problems in place, a good one is shown', async () => {
    await page.getByRole('link', { name: 'Framework' }).click();
    await page.getByRole('heading', { name: 'What each level expects' }).waitFor();
    const good = ladder([
      ['delivery', 'Delivery'],
      ['influence', 'Influence'],
    ]);
    const broken = {
      ...good,
      seniorLevel: 'wizard',
      levels: [{ id: 'mid', summary: '' }, ...good.levels.slice(1)],
    };
    await page.getByLabel('Or paste it', { exact: true }).fill(stringify(broken));
    await page.getByRole('button', { name: 'Import' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Not imported; nothing was stored.').waitFor();
    expect(await alert.locator('li').count()).toBeGreaterThan(0);
    expect(await alert.textContent()).toContain('levels[0].name: line 8: required');
    expect(await alert.textContent()).toContain('seniorLevel: line 13: "wizard" is not one of the levels');
    const pasted = page.getByLabel('Or paste it', { exact: true });
    expect(await pasted.getAttribute('aria-invalid')).toBe('true');
    // In place: the text box itself is described by the problems, with their lines.
    const describedBy = (await pasted.getAttribute('aria-describedby')) ?? '';
    const described = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(described).toContain('levels[0].name: line 8: required');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'framework-import-error');

    await page.getByLabel('Or paste it', { exact: true }).fill(stringify(good));
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Imported Acme ladder: 2 levels, 2 competencies.').waitFor();
    await page.locator('dt', { hasText: 'Delivery' }).first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Framework', exact: true }).inputValue()).toBe('acme');
    await screenshot(page, 'framework');
  });

  it('shows the level diff of the built-in ladder', async () => {
    await page.getByRole('combobox', { name: 'Framework', exact: true }).selectOption('promocase');
    await page.getByRole('heading', { name: 'What it takes to move up' }).waitFor();
    await page.getByLabel('From level', { exact: true }).selectOption('senior');
    await page.getByLabel('To level', { exact: true }).selectOption('staff');
    await page.locator('#diff-title ~ dl strong', { hasText: 'Staff' }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says in settings where the data lives, and imports an export', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByText(`${served.home}/promocase.db`).waitFor();
    expect(await page.getByRole('link', { name: 'Export (JSON)' }).getAttribute('href')).toBe(
      '/api/v1/export',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'settings');

    const exported = await apiCall('GET', 'export');
    await page.setInputFiles('#import-file', {
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByText('Imported. Your profile: unchanged.').waitFor();
    expect(await page.getByRole('row', { name: /^Entries/ }).textContent()).toBe('Entries0030');
    await page.setInputFiles('#import-file', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('this is not json'),
    });
    await page.getByText('notes.json is not JSON').waitFor();
  });

  it('opens the demo sample beside your data, and comes back', async () => {
    await page.goto(`${served.base}demo/`);
    await page.getByText('You are looking at the demo sample').waitFor();
    await page.getByRole('heading', { name: /→ senior/ }).waitFor();
    await page.getByText(/weeks in a row/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'demo-dashboard');
    await page.getByRole('link', { name: 'Entries', exact: true }).click();
    expect(page.url()).toBe(`${served.base}demo/entries`);
    await page.getByRole('link', { name: 'Back to your own case' }).click();
    await page.getByRole('heading', { name: 'Alex Doe: mid → senior' }).waitFor();
    expect(broken).toEqual([]);
  });
});
