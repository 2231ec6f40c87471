// Keeping the case in shape in Chromium: search, edit, delete and restore entries; import a framework
// with an error shown in place, then a good one; settings with export/import; the demo beside your data.

import { describe, expect, it } from 'vitest';

// The list follows a filter after a request; give it time on a busy machine.
const POLL = { timeout: 10_000 };

import { stringify } from 'yaml';
import { BROWSER_READY, screenshot, seriousAxeViolations, useAppInChromium } from '../../support/browser.js';
import { ladder } from '../../support/framework-fixtures.js';

describe.skipIf(!BROWSER_READY)('the web app, keeping the case (Chromium)', () => {
  const app = useAppInChromium({
    seed: async (api) => {
      await api('POST', 'entries/batch', {
        entries: [
          {
            title: 'Led the billing migration cutover',
            impact: 'invoice errors 2% -> 0.1%',
            date: '2026-11-13',
            competencies: ['ownership'],
            project: 'Billing',
          },
          {
            title: 'Mentored Sam through the first on-call',
            kind: 'mentoring',
            date: '2026-11-06',
            tags: ['on-call'],
          },
          { title: 'Designed the retry policy', kind: 'design', date: '2026-10-30' },
        ],
      });
    },
  });

  it('searches and filters entries', async () => {
    await app.page.getByRole('link', { name: 'Entries', exact: true }).click();
    const filters = app.page.getByRole('search');
    const list = app.page.locator('.entry-list > li');
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
    await filters.getByLabel('Project', { exact: true }).fill('billing');
    await expect.poll(() => list.count(), POLL).toBe(1);
    expect(await list.locator('.entry-title').textContent()).toBe('Led the billing migration cutover');
    await filters.getByLabel('Project', { exact: true }).fill('');
    await filters.getByLabel('Tag', { exact: true }).fill('On Call');
    await expect.poll(() => list.count(), POLL).toBe(1);
    expect(await list.locator('.entry-title').textContent()).toBe('Mentored Sam through the first on-call');
    await filters.getByLabel('Tag', { exact: true }).fill('');
    await expect.poll(() => list.count(), POLL).toBe(3);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'entries');
  });

  it('edits an entry in place, and shows the field at fault when a change is refused', async () => {
    await app.page.getByRole('button', { name: 'Edit “Designed the retry policy”' }).click();
    const editor = app.page.getByRole('form', { name: 'Edit “Designed the retry policy”' });
    await editor.getByLabel('Links', { exact: true }).fill('not a url');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('expected an http(s) URL').first().waitFor();
    expect(await editor.getByLabel('Links', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'entry-edit-error');

    await editor.getByLabel('Links', { exact: true }).fill('https://example.com/adr/12');
    await editor
      .getByLabel('What did you do?', { exact: true })
      .fill('Designed the retry policy with idempotency keys');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await app.page
      .locator('.entry-title', { hasText: 'Designed the retry policy with idempotency keys' })
      .waitFor();
    const { entries } = (await app.api('GET', 'entries?q=idempotency')) as { entries: { links: string[] }[] };
    expect(entries[0]?.links).toEqual(['https://example.com/adr/12']);
  });

  it('deletes an entry and restores it', async () => {
    const list = app.page.locator('.entry-list > li');
    await app.page.getByRole('button', { name: 'Delete “Mentored Sam through the first on-call”' }).click();
    await expect.poll(() => list.count(), POLL).toBe(2);
    await app.page.getByLabel('Deleted entries', { exact: true }).selectOption('only');
    await expect.poll(() => list.count(), POLL).toBe(1);
    await app.page.getByText('deleted', { exact: true }).waitFor();
    await screenshot(app.page, 'entries-deleted');
    await app.page.getByRole('button', { name: 'Restore “Mentored Sam through the first on-call”' }).click();
    await expect.poll(() => list.count(), POLL).toBe(0);
    await app.page.getByText('No entry matches these filters.').waitFor();
    await app.page.getByLabel('Deleted entries', { exact: true }).selectOption('exclude');
    await expect.poll(() => list.count(), POLL).toBe(3);

    // Or straight away, from the notice the deletion leaves.
    await app.page
      .getByRole('button', { name: 'Delete “Designed the retry policy with idempotency keys”' })
      .click();
    await expect.poll(() => list.count(), POLL).toBe(2);
    await app.page
      .getByRole('status')
      .getByText('Deleted “Designed the retry policy with idempotency keys”')
      .waitFor();
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.count(), POLL).toBe(3);
    await app.page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
  });

  it('imports a framework: a broken file is refused with its problems in place, a good one is shown', async () => {
    await app.page.getByRole('link', { name: 'Framework' }).click();
    await app.page.getByRole('heading', { name: 'What each level expects' }).waitFor();
    const good = ladder([
      ['delivery', 'Delivery'],
      ['influence', 'Influence'],
    ]);
    const broken = {
      ...good,
      seniorLevel: 'wizard',
      levels: [{ id: 'mid', summary: '' }, ...good.levels.slice(1)],
    };
    await app.page.getByLabel('Or paste it', { exact: true }).fill(stringify(broken));
    await app.page.getByRole('button', { name: 'Import' }).click();
    const alert = app.page.getByRole('alert');
    await alert.getByText('Not imported; nothing was stored.').waitFor();
    expect(await alert.locator('li').count()).toBeGreaterThan(0);
    expect(await alert.textContent()).toContain('levels[0].name: line 8: required');
    expect(await alert.textContent()).toContain('seniorLevel: line 13: "wizard" is not one of the levels');
    const pasted = app.page.getByLabel('Or paste it', { exact: true });
    expect(await pasted.getAttribute('aria-invalid')).toBe('true');
    // In place: the text box itself is described by the problems, with their lines.
    const describedBy = (await pasted.getAttribute('aria-describedby')) ?? '';
    const described = await app.page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(described).toContain('levels[0].name: line 8: required');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'framework-import-error');

    await app.page.getByLabel('Or paste it', { exact: true }).fill(stringify(good));
    await app.page.getByRole('button', { name: 'Import' }).click();
    await app.page.getByText('Imported Acme ladder: 2 levels, 2 competencies.').waitFor();
    await app.page.locator('dt', { hasText: 'Delivery' }).first().waitFor();
    expect(await app.page.getByRole('combobox', { name: 'Framework', exact: true }).inputValue()).toBe(
      'acme',
    );
    await screenshot(app.page, 'framework');
  });

  it('shows the level diff of the built-in ladder', async () => {
    await app.page.getByRole('combobox', { name: 'Framework', exact: true }).selectOption('promocase');
    await app.page.getByRole('heading', { name: 'What it takes to move up' }).waitFor();
    await app.page.getByLabel('From level', { exact: true }).selectOption('senior');
    await app.page.getByLabel('To level', { exact: true }).selectOption('staff');
    await app.page.locator('#diff-title ~ dl strong', { hasText: 'Staff' }).first().waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('says in settings where the data lives, and imports an export', async () => {
    await app.page.getByRole('link', { name: 'Settings' }).click();
    await app.page.getByText(`${app.served.home}/promocase.db`).waitFor();
    expect(await app.page.getByRole('link', { name: 'Export (JSON)' }).getAttribute('href')).toBe(
      '/api/v1/export',
    );
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'settings');

    const exported = await app.api('GET', 'export');
    await app.page.setInputFiles('#import-file', {
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await app.page.getByText('Imported. Your profile: unchanged.').waitFor();
    expect(await app.page.getByRole('row', { name: /^Entries/ }).textContent()).toBe('Entries0030');
    await app.page.setInputFiles('#import-file', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('this is not json'),
    });
    await app.page.getByText('notes.json is not JSON').waitFor();
  });

  it('opens the demo sample beside your data, and comes back', async () => {
    await app.page.goto(`${app.served.base}demo/`);
    await app.page.getByText('You are looking at the demo sample').waitFor();
    await app.page.getByRole('heading', { name: /→ senior/ }).waitFor();
    await app.page.getByText(/weeks in a row/).waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'demo-dashboard');
    await app.page.getByRole('link', { name: 'Entries', exact: true }).click();
    expect(app.page.url()).toBe(`${app.served.base}demo/entries`);
    await app.page.getByRole('link', { name: 'Back to your own case' }).click();
    await app.page.getByRole('heading', { name: 'Alex Doe: mid → senior' }).waitFor();
    expect(app.broken).toEqual([]);
  });
});
