// A new user in Chromium: onboarding, the Friday log, quick add from anywhere, and a failed save that
// loses nothing. Each page is checked by axe-core and saved as a screenshot.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, first week (Chromium)', () => {
  const app = useAppInChromium({ profile: false, visit: false });

  it('shows a browser without the token how to get in, and lets the printed URL in', async () => {
    await app.page.goto(app.served.base);
    await expect.poll(() => app.page.textContent('h1')).toContain('access token');
    await app.page.goto(app.served.url);
    expect(app.page.url()).toBe(app.served.base); // the token left the address bar
    await app.page.getByRole('heading', { name: 'Start your promotion case' }).waitFor();
  });

  it('sets up the profile in onboarding, naming a wrong field in place first', async () => {
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'onboarding');
    await app.page.getByLabel('Your name', { exact: true }).fill('Alex Doe');
    await app.page.getByLabel('Current level', { exact: true }).selectOption('senior');
    await app.page.getByLabel('Target level', { exact: true }).selectOption('mid');
    await app.page.getByRole('button', { name: 'Start my case' }).click();
    await app.page.getByText('must be a level above the current level').first().waitFor();
    expect(await app.page.getByLabel('Target level', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await app.page.getByLabel('Target level', { exact: true }).selectOption('staff');
    await app.page.getByLabel('Manager', { exact: true }).fill('Priya Nair');
    await app.page.getByLabel('Next calibration', { exact: true }).fill('2027-03-15');
    await app.page.getByRole('button', { name: 'Start my case' }).click();
    await app.page.getByRole('heading', { name: 'Alex Doe: senior → staff' }).waitFor();
    await app.page.getByText('days to calibration').waitFor();
    await app.page.getByText('Nothing logged yet').waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'dashboard-empty');
  });

  it('logs a week in one form and shows the streak', async () => {
    await app.page.getByRole('link', { name: 'Log', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Log your week' }).waitFor();
    // Focus follows the navigation to the new page's content, as after a page load.
    expect(
      await app.page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe('main');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await app.page.getByLabel('Shipped 1', { exact: true }).fill('Led the billing migration cutover');
    await app.page.getByLabel('Impact of shipped 1', { exact: true }).fill('invoice errors 2% -> 0.1%');
    await app.page.getByRole('button', { name: 'Add something shipped' }).click();
    await app.page.getByLabel('Shipped 2', { exact: true }).fill('Retired the legacy invoice cron');
    await app.page
      .getByLabel('Decision 1', { exact: true })
      .fill('Chose idempotency keys over locks for retries');
    await app.page.getByLabel('Person 1', { exact: true }).fill('Sam');
    await app.page.getByLabel('How you helped person 1', { exact: true }).fill('first on-call shift');
    await screenshot(app.page, 'log');
    await app.page.getByRole('button', { name: 'Log 4 entries' }).click();
    await app.page.getByText('Logged 4 entries.').waitFor();

    await app.page.getByRole('link', { name: 'Dashboard' }).click();
    await app.page.getByText('This week is logged.').waitFor();
    await app.page.getByText('Helped Sam: first on-call shift').waitFor();
    await app.page.getByText(/4 entries on 1 day over the last 52 weeks/).waitFor();
    await app.page.locator('.heatmap canvas[data-drawn="true"]').waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'dashboard');
  });

  it('keeps a week that failed to save, with the error shown, across a reload', async () => {
    await app.page.getByRole('link', { name: 'Log', exact: true }).click();
    await app.page.getByLabel('Shipped 1', { exact: true }).fill('Wrote the incident review for the outage');
    await app.page.route('**/api/v1/entries/batch', (route) => route.abort('connectionrefused'));
    await app.page.getByRole('button', { name: 'Log 1 entry' }).click();
    await app.page.getByRole('alert').getByText('cannot be reached').waitFor();
    await app.page.unroute('**/api/v1/entries/batch');

    await app.page.reload();
    expect(await app.page.getByLabel('Shipped 1', { exact: true }).inputValue()).toBe(
      'Wrote the incident review for the outage',
    );
    await app.page.getByText('Picked up the draft you left here.').waitFor();
    await app.page.getByRole('button', { name: 'Log 1 entry' }).click();
    await app.page.getByText('Logged 1 entry.').waitFor();
    await app.page.reload();
    expect(await app.page.getByLabel('Shipped 1', { exact: true }).inputValue()).toBe('');
  });

  it('can be used from the keyboard: the skip link leads to the content', async () => {
    await app.page.getByRole('link', { name: 'Dashboard' }).click();
    await app.page.getByRole('heading', { name: 'Alex Doe: senior → staff' }).waitFor();
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Alex Doe: senior → staff' }).waitFor();
    await app.page.keyboard.press('Tab');
    const focused = () =>
      app.page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: { activeElement: { id: string; textContent: string | null } };
        };
        return document.activeElement.id || document.activeElement.textContent;
      });
    expect(await focused()).toBe('Skip to content');
    await app.page.keyboard.press('Enter');
    expect(await focused()).toBe('main');
  });

  it('adds one entry from any page with Ctrl+K', async () => {
    await app.page.getByRole('link', { name: 'Framework' }).click();
    await app.page.getByRole('heading', { name: 'Framework', exact: true }).waitFor();
    await app.page.keyboard.press('Control+k');
    const dialog = app.page.getByRole('dialog', { name: 'Quick add' });
    await dialog.waitFor();
    await dialog
      .getByLabel('What did you do?', { exact: true })
      .fill('Unblocked the data team on the export API');
    await dialog.getByLabel('Competencies', { exact: true }).fill('multiplier');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'quick-add');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await dialog.getByText('Logged “Unblocked the data team on the export API”').waitFor();
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const res = await fetch(`${app.served.base}api/v1/entries?q=unblocked`, {
      headers: { Authorization: `Bearer ${app.served.token}` },
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
    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    for (const [link, heading, name] of [
      ['Dashboard', 'Alex Doe: senior → staff', 'dashboard-phone'],
      ['Log', 'Log your week', 'log-phone'],
      ['Entries', 'Entries', 'entries-phone'],
      ['Framework', 'Framework', 'framework-phone'],
      ['Settings', 'Settings', 'settings-phone'],
    ] as const) {
      await app.page.getByRole('link', { name: link, exact: true }).click();
      await app.page.getByRole('heading', { name: heading, exact: true }).waitFor();
      expect(await overflow(), link).toBeLessThanOrEqual(0);
      await screenshot(app.page, name);
    }
    expect(app.broken).toEqual([]);
  });
});
