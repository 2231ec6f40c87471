// A new user in Chromium: onboarding, the Friday log, quick add from anywhere, and a failed save that
// loses nothing. Each page is checked by axe-core and saved as a screenshot.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  launchChromium,
  openAppPage,
  type Served,
  screenshot,
  seriousAxeViolations,
  servePromocase,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, first week (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    ({ page, broken } = await openAppPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('shows a browser without the token how to get in, and lets the printed URL in', async () => {
    await page.goto(served.base);
    await expect.poll(() => page.textContent('h1')).toContain('access token');
    await page.goto(served.url);
    expect(page.url()).toBe(served.base); // the token left the address bar
    await page.getByRole('heading', { name: 'Start your promotion case' }).waitFor();
  });

  it('sets up the profile in onboarding, naming a wrong field in place first', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'onboarding');
    await page.getByLabel('Your name', { exact: true }).fill('Alex Doe');
    await page.getByLabel('Current level', { exact: true }).selectOption('senior');
    await page.getByLabel('Target level', { exact: true }).selectOption('mid');
    await page.getByRole('button', { name: 'Start my case' }).click();
    await page.getByText('must be a level above the current level').first().waitFor();
    expect(await page.getByLabel('Target level', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Target level', { exact: true }).selectOption('staff');
    await page.getByLabel('Manager', { exact: true }).fill('Priya Nair');
    await page.getByLabel('Next calibration', { exact: true }).fill('2027-03-15');
    await page.getByRole('button', { name: 'Start my case' }).click();
    await page.getByRole('heading', { name: 'Alex Doe: senior → staff' }).waitFor();
    await page.getByText('days to calibration').waitFor();
    await page.getByText('Nothing logged yet').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-empty');
  });

  it('logs a week in one form and shows the streak', async () => {
    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByRole('heading', { name: 'Log your week' }).waitFor();
    // Focus follows the navigation to the new page's content, as after a page load.
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe('main');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Shipped 1', { exact: true }).fill('Led the billing migration cutover');
    await page.getByLabel('Impact of shipped 1', { exact: true }).fill('invoice errors 2% -> 0.1%');
    await page.getByRole('button', { name: 'Add something shipped' }).click();
    await page.getByLabel('Shipped 2', { exact: true }).fill('Retired the legacy invoice cron');
    await page
      .getByLabel('Decision 1', { exact: true })
      .fill('Chose idempotency keys over locks for retries');
    await page.getByLabel('Person 1', { exact: true }).fill('Sam');
    await page.getByLabel('How you helped person 1', { exact: true }).fill('first on-call shift');
    await screenshot(page, 'log');
    await page.getByRole('button', { name: 'Log 4 entries' }).click();
    await page.getByText('Logged 4 entries.').waitFor();

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByText('This week is logged.').waitFor();
    await page.getByText('Helped Sam: first on-call shift').waitFor();
    await page.getByText(/4 entries on 1 day over the last 52 weeks/).waitFor();
    await page.locator('.heatmap canvas[data-drawn="true"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard');
  });

  it('keeps a week that failed to save, with the error shown, across a reload', async () => {
    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByLabel('Shipped 1', { exact: true }).fill('Wrote the incident review for the outage');
    await page.route('**/api/v1/entries/batch', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Log 1 entry' }).click();
    await page.getByRole('alert').getByText('cannot be reached').waitFor();
    await page.unroute('**/api/v1/entries/batch');

    await page.reload();
    expect(await page.getByLabel('Shipped 1', { exact: true }).inputValue()).toBe(
      'Wrote the incident review for the outage',
    );
    await page.getByText('Picked up the draft you left here.').waitFor();
    await page.getByRole('button', { name: 'Log 1 entry' }).click();
    await page.getByText('Logged 1 entry.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Shipped 1', { exact: true }).inputValue()).toBe('');
  });

  it('can be used from the keyboard: the skip link leads to the content', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Alex Doe: senior → staff' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Alex Doe: senior → staff' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: { activeElement: { id: string; textContent: string | null } };
        };
        return document.activeElement.id || document.activeElement.textContent;
      });
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('main');
  });

  it('adds one entry from any page with Ctrl+K', async () => {
    await page.getByRole('link', { name: 'Framework' }).click();
    await page.getByRole('heading', { name: 'Framework', exact: true }).waitFor();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Quick add' });
    await dialog.waitFor();
    await dialog
      .getByLabel('What did you do?', { exact: true })
      .fill('Unblocked the data team on the export API');
    await dialog.getByLabel('Competencies', { exact: true }).fill('multiplier');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'quick-add');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await dialog.getByText('Logged “Unblocked the data team on the export API”').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const res = await fetch(`${served.base}api/v1/entries?q=unblocked`, {
      headers: { Authorization: `Bearer ${served.token}` },
    });
    const { entries } = (await res.json()) as { entries: { title: string; competencies: string[] }[] };
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'Unblocked the data team on the export API',
        competencies: ['multiplier'],
      }),
    ]);
  });

  it('fits a phone screen on every page', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    for (const [link, heading, name] of [
      ['Dashboard', 'Alex Doe: senior → staff', 'dashboard-phone'],
      ['Log', 'Log your week', 'log-phone'],
      ['Entries', 'Entries', 'entries-phone'],
      ['Framework', 'Framework', 'framework-phone'],
      ['Settings', 'Settings', 'settings-phone'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      expect(await overflow(), link).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
    expect(broken).toEqual([]);
  });
});
