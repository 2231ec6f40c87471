// Goals in Chromium, beyond adding: editing one (a wrong due date named in place, the changes kept),
// linking and unlinking log entries, deleting and restoring, and creating a suggested goal in one click;
// each checked against what the API then holds.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

interface GoalView {
  id: string;
  title: string;
  due: string | null;
  vouchers: string[];
  entryIds: string[];
  deletedAt: string | null;
}

describe.skipIf(!BROWSER_READY)('the web app, editing goals (Chromium)', () => {
  let goalId: string;
  let entryId: string;
  const goalListReads: string[] = [];
  const app = useAppInChromium({
    visit: false,
    seed: async (api) => {
      goalId = String((await api('POST', 'goals', { title: 'Write the search RFC', due: '2027-Q2' })).id);
      entryId = String(
        (await api('POST', 'entries', { title: 'Drafted the search indexing RFC', kind: 'design' })).id,
      );
      await api('POST', 'entries', { title: 'Fixed the flaky login test', kind: 'tech-debt' });
    },
  });
  const storedGoal = async () => (await app.api('GET', `goals/${goalId}`)) as unknown as GoalView;
  const goalCard = (title: string) =>
    app.page
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('heading', { name: title, exact: true }) });

  beforeAll(async () => {
    app.page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/v1/goals') goalListReads.push(url.search);
    });
    await app.page.goto(app.served.url);
    await app.page.getByRole('link', { name: 'Goals', exact: true }).click();
    await goalCard('Write the search RFC').waitFor();
  });

  it('reads the live goals at the address serve warms up, with no query', () => {
    // The dashboard's goals come from the server's read cache only under that exact address.
    expect(goalListReads.length).toBeGreaterThan(0);
    expect(new Set(goalListReads)).toEqual(new Set(['']));
  });

  it('names a wrong due date beside its field in the editor, keeps the changes, then saves them', async () => {
    await app.page.getByRole('button', { name: 'Edit “Write the search RFC”' }).click();
    const editor = app.page.getByRole('form', { name: 'Edit “Write the search RFC”' });
    await editor.getByLabel('Who will vouch for it', { exact: true }).fill('Sam Lee, Priya Nair');
    await editor.getByLabel('Due', { exact: true }).fill('someday');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.locator('.field-invalid').getByText('expected a date like').waitFor();
    expect(await editor.getByLabel('Due', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await storedGoal()).vouchers).toEqual([]); // nothing half-saved

    await app.page.reload();
    await app.page.getByRole('button', { name: 'Edit “Write the search RFC”' }).click();
    expect(await editor.getByLabel('Who will vouch for it', { exact: true }).inputValue()).toBe(
      'Sam Lee, Priya Nair',
    ); // the draft outlived the page
    await editor.getByText('These are the changes you left unsaved here').waitFor();
    await editor.getByLabel('Due', { exact: true }).fill('2027-03-31');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'detached' });
    const focused = await app.page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document
          .activeElement?.textContent,
    );
    expect(focused).toBe('Edit “Write the search RFC”'); // back where the person was, not the page top
    await goalCard('Write the search RFC').getByText('Will vouch for it: Sam Lee, Priya Nair').waitFor();
    const saved = await storedGoal();
    expect(saved.due).toBe('2027-03-31');
    expect(saved.vouchers).toEqual(['Sam Lee', 'Priya Nair']);
  });

  it('records a check-in on the day it happened', async () => {
    await app.page.getByRole('button', { name: 'Check in on “Write the search RFC”' }).click();
    const form = app.page.getByRole('form', { name: 'Check in on “Write the search RFC”' });
    await form.getByLabel('Progress (%)', { exact: true }).fill('20');
    await form.getByLabel('Date', { exact: true }).fill('2026-11-02');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await goalCard('Write the search RFC')
      .getByText(/^Last check-in Nov 2, 2026: 20%/)
      .waitFor();
    const checkIns = ((await storedGoal()) as unknown as { checkIns: { date: string; progress: number }[] })
      .checkIns;
    expect(checkIns).toEqual([expect.objectContaining({ date: '2026-11-02', progress: 20 })]);
  });

  it('links an entry found by search, then unlinks it', async () => {
    await app.page.getByRole('button', { name: 'Link entries to “Write the search RFC”' }).click();
    const evidence = app.page.getByRole('region', { name: 'Evidence for “Write the search RFC”' });
    await evidence.getByText('No entry linked yet').waitFor();
    await evidence.getByLabel('Search the log', { exact: true }).fill('indexing');
    await evidence
      .getByRole('button', { name: 'Link “Fixed the flaky login test”' })
      .waitFor({ state: 'detached' });
    await evidence.getByRole('button', { name: 'Link “Drafted the search indexing RFC”' }).click();
    await evidence.getByRole('button', { name: 'Unlink “Drafted the search indexing RFC”' }).waitFor();
    await goalCard('Write the search RFC').getByText('1 linked entry').waitFor();
    expect((await storedGoal()).entryIds).toEqual([entryId]);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'goals-evidence');

    await evidence.getByRole('button', { name: 'Unlink “Drafted the search indexing RFC”' }).click();
    await evidence.getByText('No entry linked yet').waitFor();
    expect((await storedGoal()).entryIds).toEqual([]);
  });

  it('says so when a delete fails, and the goal stays', async () => {
    await app.page.route('**/api/v1/goals/*', (route) =>
      route.request().method() === 'DELETE' ? route.abort('connectionrefused') : route.continue(),
    );
    await app.page.getByRole('button', { name: 'Delete “Write the search RFC”' }).click();
    await app.page.getByRole('alert').getByText('Could not delete or restore it.').waitFor();
    await app.page.unroute('**/api/v1/goals/*');
    await goalCard('Write the search RFC').waitFor();
    expect((await storedGoal()).deletedAt).toBeNull();
  });

  it('deletes a goal with an undo, and restores one from the deleted goals', async () => {
    await app.page.getByRole('button', { name: 'Delete “Write the search RFC”' }).click();
    await app.page.getByRole('status').getByText('Deleted “Write the search RFC”.').waitFor();
    await goalCard('Write the search RFC').waitFor({ state: 'detached' });
    expect((await storedGoal()).deletedAt).not.toBeNull();

    await app.page.getByRole('button', { name: 'Undo' }).click();
    await goalCard('Write the search RFC').waitFor();
    expect((await storedGoal()).deletedAt).toBeNull();

    await app.page.getByRole('button', { name: 'Delete “Write the search RFC”' }).click();
    await goalCard('Write the search RFC').waitFor({ state: 'detached' });
    await app.page.getByLabel('Show deleted goals').check();
    await expect.poll(() => goalListReads.includes('?deleted=include')).toBe(true);
    const deleted = goalCard('Write the search RFC');
    await deleted.getByText('deleted', { exact: true }).waitFor();
    expect(await deleted.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await deleted.getByRole('button', { name: 'Restore “Write the search RFC”' }).click();
    await deleted.getByRole('button', { name: 'Delete “Write the search RFC”' }).waitFor();
    expect((await storedGoal()).deletedAt).toBeNull();
    await app.page.getByLabel('Show deleted goals').uncheck();
  });

  it('creates a goal suggested from the gap list in one click', async () => {
    const suggestions = app.page.getByRole('region', { name: 'Suggested from your gaps' });
    const first = suggestions.getByRole('button', { name: /^Create this goal “Craft:/ });
    const title = ((await first.textContent()) ?? '').match(/“(.+)”/)?.[1] ?? '';
    expect(title).toMatch(/^Craft: /);
    await first.click();
    await suggestions.getByText(`Created “${title}”`).waitFor();
    await goalCard(title).waitFor();
    const goals = (await app.api('GET', 'goals')).goals as GoalView[];
    expect(goals.map((g) => g.title)).toContain(title);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'goals-edited');
  });

  it('fits a phone screen with an editor open', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    await app.page.getByRole('button', { name: 'Edit “Write the search RFC”' }).click();
    await app.page.getByRole('button', { name: 'Link entries to “Write the search RFC”' }).waitFor();
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'goals-editing-phone');
    expect(app.broken).toEqual([]);
  });
});
