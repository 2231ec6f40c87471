// The dashboard's readiness in Chromium: logging an entry moves the readiness figures; the demo shows the
// verdict, the radar, next actions, flagged goals and the objections (open ones first); errors are shown.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  callApi,
  horizontalOverflow,
  launchChromium,
  openAppPage,
  type Served,
  screenshot,
  seriousAxeViolations,
  servePromocase,
} from '../../support/browser.js';

// The figures follow a save after a refetch; give it time on a busy machine.
const POLL = { timeout: 10_000 };

describe.skipIf(!BROWSER_READY)('the web app, readiness on the dashboard (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    await callApi(served, 'PUT', 'profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
    ({ page, broken } = await openAppPage(browser));
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  const craftRow = () => page.getByRole('row', { name: /^Craft\b/ });
  const cells = async () => (await craftRow().locator('td').allTextContents()).map((t) => t.trim());

  it('starts with no evidence: a "not yet" verdict that says why, and nothing due', async () => {
    await page.getByRole('heading', { name: 'Readiness for Senior engineer' }).waitFor();
    await page.getByText('Not yet', { exact: true }).waitFor();
    await page.getByText(/0 of 8 competencies/).waitFor();
    expect(await cells()).toEqual(['gap', '0', '0 of 0', 'not rated', 'not rated']);
    await page.getByText('No open goals.').waitFor();
    await page.locator('.radar canvas[data-drawn="true"]').waitFor();
  });

  it('moves the readiness figures when a week is logged', async () => {
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Quick add' });
    await dialog
      .getByLabel('What did you do?', { exact: true })
      .fill('Led the design review for the billing migration across three teams');
    await dialog.getByLabel('Impact', { exact: true }).fill('cut invoice errors from 2% to 0.1%');
    await dialog.getByLabel('Kind', { exact: true }).selectOption('design');
    await dialog.getByLabel('Competencies', { exact: true }).fill('craft');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await dialog.getByText('Logged “Led the design review').waitFor();
    await page.keyboard.press('Escape');

    // One more craft entry, and the evidence strength moves off zero.
    await expect.poll(async () => (await cells())[2], POLL).toMatch(/^\d of 1$/);
    expect(Number((await cells())[1])).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says so in place when the readiness cannot be worked out', async () => {
    await page.route('**/api/v1/readiness', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'the store failed', details: [] } }),
      }),
    );
    await page.reload();
    await page.getByRole('alert').getByText('Could not work out your readiness.').waitFor();
    await page.getByRole('heading', { name: 'Next best actions' }).waitFor(); // the rest still shows
    await page.unroute('**/api/v1/readiness');
  });

  it('shows the demo case: verdict, radar, next actions, flagged goals and open objections first', async () => {
    await page.goto(`${served.base}demo/`);
    await page.getByRole('heading', { name: 'Readiness for Senior engineer' }).waitFor();
    await page.locator('.verdict').getByText('Close', { exact: true }).waitFor();
    await page.locator('.radar canvas[data-drawn="true"]').waitFor();
    const actions = page.getByRole('region', { name: 'Next best actions' });
    expect(await actions.getByRole('listitem').count()).toBeGreaterThan(0);
    const goals = page.getByRole('region', { name: 'Goals due' });
    await goals.getByText('Get better at leadership').waitFor();
    await goals.getByText('not-started', { exact: true }).waitFor();
    const objections = page.getByRole('region', { name: 'Objections a committee could raise' });
    const statuses = await objections.locator('.objection > .label').allTextContents();
    expect(statuses[0]).toBe('open');
    expect(statuses.indexOf('open')).toBeLessThan(statuses.indexOf('answered'));
    expect(statuses.lastIndexOf('open')).toBeLessThan(statuses.indexOf('answered'));
    await objections.getByText('To answer it:').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-readiness');

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    // The charts follow the new width on their next resize callback.
    await expect.poll(overflow, POLL).toBeLessThanOrEqual(0);
    await screenshot(page, 'dashboard-readiness-phone');
    expect(broken).toEqual([]);
  });
});
