// Projects in Chromium: none before entries name a project; the demo's projects with their next-level
// attributes and verdicts.
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

describe.skipIf(!BROWSER_READY)('the web app, projects (Chromium)', () => {
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

  it('says how projects appear when no entry names one', async () => {
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    await page.getByText('No projects yet').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a project once two entries logged from the Log page name it; says so when the analysis fails', async () => {
    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByLabel('Project', { exact: true }).fill('billing-migration');
    await page.getByLabel('Shipped 1', { exact: true }).fill('Cut over the first 5% of accounts');
    await page.getByRole('button', { name: 'Add something shipped' }).click();
    await page.getByLabel('Shipped 2', { exact: true }).fill('Wrote the reconciliation dashboard');
    await page.getByRole('button', { name: 'Log 2 entries' }).click();
    await page.getByText('Logged 2 entries.').waitFor();
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('heading', { name: /^billing-migration/ }).waitFor();
    await page.getByText(/0 of 1 project has next-level scope/).waitFor();

    await page.route('**/api/v1/projects', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'the store failed', details: [] } }),
      }),
    );
    await page.reload();
    await page.getByRole('alert').getByText('Could not work out your projects.').waitFor();
    await page.unroute('**/api/v1/projects');
  });

  it("shows the demo's projects with their attributes and verdicts", async () => {
    await page.goto(`${served.base}demo/projects`);
    await page.getByRole('heading', { name: /^checkout-latency/ }).waitFor();
    await page.getByText(/of \d+ projects have next-level scope/).waitFor();
    expect(await page.getByText('next-level', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Reached beyond the team').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'projects');

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, 'projects-phone');
    expect(broken).toEqual([]);
  });
});
