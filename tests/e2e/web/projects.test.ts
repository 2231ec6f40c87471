// Projects in Chromium: none before entries name a project; the demo's projects with their next-level
// attributes and verdicts.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, projects (Chromium)', () => {
  const app = useAppInChromium();

  it('says how projects appear when no entry names one', async () => {
    await app.page.getByRole('link', { name: 'Projects', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    await app.page.getByText('No projects yet').waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('shows a project once two entries logged from the Log page name it; says so when the analysis fails', async () => {
    await app.page.getByRole('link', { name: 'Log', exact: true }).click();
    await app.page.getByLabel('Project', { exact: true }).fill('billing-migration');
    await app.page.getByLabel('Shipped 1', { exact: true }).fill('Cut over the first 5% of accounts');
    await app.page.getByRole('button', { name: 'Add something shipped' }).click();
    await app.page.getByLabel('Shipped 2', { exact: true }).fill('Wrote the reconciliation dashboard');
    await app.page.getByRole('button', { name: 'Log 2 entries' }).click();
    await app.page.getByText('Logged 2 entries.').waitFor();
    await app.page.getByRole('link', { name: 'Projects', exact: true }).click();
    await app.page.getByRole('heading', { name: /^billing-migration/ }).waitFor();
    await app.page.getByText(/0 of 1 project has next-level scope/).waitFor();

    // Its entries are one click away, listed with the project filter filled in.
    await app.page.getByRole('link', { name: '2 entries' }).click();
    await app.page.getByRole('heading', { name: 'Entries', exact: true }).waitFor();
    const filter = app.page.getByRole('search').getByLabel('Project', { exact: true });
    expect(await filter.inputValue()).toBe('billing-migration');
    const list = app.page.locator('.entry-list > li');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(2);
    await app.page.getByRole('link', { name: 'Projects', exact: true }).click();
    await app.page.getByRole('heading', { name: /^billing-migration/ }).waitFor();

    await app.page.route('**/api/v1/projects', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'the store failed', details: [] } }),
      }),
    );
    await app.page.reload();
    await app.page.getByRole('alert').getByText('Could not work out your projects.').waitFor();
    await app.page.unroute('**/api/v1/projects');
  });

  it("shows the demo's projects with their attributes and verdicts", async () => {
    await app.page.goto(`${app.served.base}demo/projects`);
    await app.page.getByRole('heading', { name: /^checkout-latency/ }).waitFor();
    await app.page.getByText(/of \d+ projects have next-level scope/).waitFor();
    expect(await app.page.getByText('next-level', { exact: true }).count()).toBeGreaterThan(0);
    expect(await app.page.getByText('Reached beyond the team').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'projects');

    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'projects-phone');
    expect(app.broken).toEqual([]);
  });
});
