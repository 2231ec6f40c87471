// The dashboard's readiness in Chromium: logging an entry moves the readiness figures; the demo shows the
// verdict, the radar, next actions, flagged goals and the objections (open ones first); errors are shown.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

// The figures follow a save after a refetch; give it time on a busy machine.
const POLL = { timeout: 10_000 };

describe.skipIf(!BROWSER_READY)('the web app, readiness on the dashboard (Chromium)', () => {
  const app = useAppInChromium();

  const craftRow = () => app.page.getByRole('row', { name: /^Craft\b/ });
  const cells = async () => (await craftRow().locator('td').allTextContents()).map((t) => t.trim());

  it('starts with no evidence: a "not yet" verdict that says why, and nothing due', async () => {
    await app.page.getByRole('heading', { name: 'Readiness for Senior engineer' }).waitFor();
    await app.page.getByText('Not yet', { exact: true }).waitFor();
    await app.page.getByText(/0 of 8 competencies/).waitFor();
    expect(await cells()).toEqual(['gap', '0', '0 of 0', 'not rated', 'not rated']);
    await app.page.getByText('No open goals.').waitFor();
    await app.page.locator('.radar canvas[data-drawn="true"]').waitFor();
  });

  it('moves the readiness figures when a week is logged', async () => {
    await app.page.keyboard.press('Control+k');
    const dialog = app.page.getByRole('dialog', { name: 'Quick add' });
    await dialog
      .getByLabel('What did you do?', { exact: true })
      .fill('Led the design review for the billing migration across three teams');
    await dialog.getByLabel('Impact', { exact: true }).fill('cut invoice errors from 2% to 0.1%');
    await dialog.getByLabel('Kind', { exact: true }).selectOption('design');
    await dialog.getByLabel('Competencies', { exact: true }).fill('craft');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await dialog.getByText('Logged “Led the design review').waitFor();
    await app.page.keyboard.press('Escape');

    // One more craft entry, and the evidence strength moves off zero.
    await expect.poll(async () => (await cells())[2], POLL).toMatch(/^\d of 1$/);
    expect(Number((await cells())[1])).toBeGreaterThan(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('says so in place when the readiness cannot be worked out', async () => {
    await app.page.route('**/api/v1/readiness', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'the store failed', details: [] } }),
      }),
    );
    await app.page.reload();
    await app.page.getByRole('alert').getByText('Could not work out your readiness.').waitFor();
    await app.page.getByRole('heading', { name: 'Next best actions' }).waitFor(); // the rest still shows
    await app.page.unroute('**/api/v1/readiness');
  });

  it('shows the demo case: verdict, radar, next actions, flagged goals and open objections first', async () => {
    await app.page.goto(`${app.served.base}demo/`);
    await app.page.getByRole('heading', { name: 'Readiness for Senior engineer' }).waitFor();
    await app.page.locator('.verdict').getByText('Close', { exact: true }).waitFor();
    await app.page.locator('.radar canvas[data-drawn="true"]').waitFor();
    const actions = app.page.getByRole('region', { name: 'Next best actions' });
    expect(await actions.getByRole('listitem').count()).toBeGreaterThan(0);
    const goals = app.page.getByRole('region', { name: 'Goals due' });
    await goals.getByText('Get better at leadership').waitFor();
    await goals.getByText('not-started', { exact: true }).waitFor();
    const objections = app.page.getByRole('region', { name: 'Objections a committee could raise' });
    const statuses = await objections.locator('.objection > .label').allTextContents();
    expect(statuses[0]).toBe('open');
    expect(statuses.indexOf('open')).toBeLessThan(statuses.indexOf('answered'));
    expect(statuses.lastIndexOf('open')).toBeLessThan(statuses.indexOf('answered'));
    await objections.getByText('To answer it:').first().waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'dashboard-readiness');

    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    // The charts follow the new width on their next resize callback.
    await expect.poll(overflow, POLL).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'dashboard-readiness-phone');
    expect(app.broken).toEqual([]);
  });
});
