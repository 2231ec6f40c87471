// Assessments in Chromium: rating competencies (a failed save keeps every rating), the history chart per
// competency, and the gap list following the ratings.
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

describe.skipIf(!BROWSER_READY)('the web app, assessments (Chromium)', () => {
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

  const gaps = () => page.getByRole('region', { name: 'Gaps to Senior engineer' });

  it('starts empty: no ratings, every competency waiting to be rated', async () => {
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await page.getByText('No ratings yet').waitFor();
    await gaps()
      .getByText(/^Craft, System design/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('keeps the ratings when the save fails, then records them', async () => {
    await page.getByLabel('Craft: level', { exact: true }).selectOption('senior');
    await page.getByLabel('Craft: how far', { exact: true }).selectOption('working-towards');
    await page.getByLabel('Craft: note', { exact: true }).fill('Reviews are at the bar; designs not yet');
    await page.getByLabel('Ownership: level', { exact: true }).selectOption('mid');
    await page.route('**/api/v1/assessments', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Record 2 ratings' }).click();
    await page.getByRole('alert').getByText('cannot be reached').waitFor();
    await page.unroute('**/api/v1/assessments');

    await page.reload();
    expect(await page.getByLabel('Craft: note', { exact: true }).inputValue()).toBe(
      'Reviews are at the bar; designs not yet',
    );
    await page.getByRole('button', { name: 'Record 2 ratings' }).click();
    await page.getByText('Recorded the self rating of 2 competencies.').waitFor();
    expect(await page.getByLabel('Craft: level', { exact: true }).inputValue()).toBe(''); // the form is fresh
  });

  it('charts a competency over time and moves the gap list with a manager rating', async () => {
    const history = page.getByRole('region', { name: 'Ratings over time' });
    await history.locator('canvas[data-drawn="true"]').waitFor();
    await history.getByRole('cell', { name: 'working-towards senior' }).waitFor();
    await gaps()
      .getByText(/rated meets mid by you/)
      .waitFor(); // ownership, a level below the target

    await page.getByLabel('Who rates', { exact: true }).selectOption('manager');
    await page.getByLabel('Craft: level', { exact: true }).selectOption('senior');
    await page.getByLabel('Craft: what it takes', { exact: true }).fill('Lead one design review end to end');
    await page.getByRole('button', { name: 'Record 1 rating' }).click();
    await page.getByText('Recorded the manager rating of 1 competency.').waitFor();
    await history.getByRole('cell', { name: 'meets senior' }).waitFor();
    await history.getByText('Manager: one rating so far.').waitFor();
    await gaps().getByText('At the target already: craft.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'assessments');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, 'assessments-phone');
    expect(broken).toEqual([]);
  });
});
