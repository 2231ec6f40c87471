// Goals in Chromium: adding one (a wrong due date named in place, the text kept), the quality check and
// flags, a check-in, and a suggestion from the gap list filling the form.
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

describe.skipIf(!BROWSER_READY)('the web app, goals (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  const apiCall = (method: string, path: string, body?: unknown) => callApi(served, method, path, body);

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    await apiCall('PUT', 'profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
    ({ page, broken } = await openAppPage(browser));
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('starts empty, with goals suggested for the competencies not rated yet', async () => {
    await page.getByRole('link', { name: 'Goals', exact: true }).click();
    await page.getByRole('heading', { name: 'Goals', exact: true }).waitFor();
    await page.getByText('No goals yet').waitFor();
    await page.getByRole('button', { name: /^Use this suggestion for “Craft:/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('names a wrong due date beside its field, keeps the text, then adds the goal with its quality check', async () => {
    await page.getByLabel('Goal', { exact: true }).fill('Get better at leadership');
    await page.getByLabel('Due', { exact: true }).fill('soon');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.locator('.field-invalid').getByText('expected a date like').waitFor();
    expect(await page.getByLabel('Due', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Goal', { exact: true }).inputValue()).toBe('Get better at leadership');

    await page.getByLabel('Due', { exact: true }).fill('2027-Q2');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByText(/^Added “Get better at leadership”: it meets [0-3] of 4 checks\.$/).waitFor();
    const goal = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Get better at leadership' }) });
    await goal.getByText('Not concrete', { exact: false }).waitFor();
    await goal.getByText('Not visible', { exact: false }).waitFor();
    expect(await page.getByLabel('Goal', { exact: true }).inputValue()).toBe(''); // the form is fresh
  });

  it('records a check-in and shows the progress', async () => {
    await page.getByRole('button', { name: 'Check in on “Get better at leadership”' }).click();
    const form = page.getByRole('form', { name: 'Check in on “Get better at leadership”' });
    await form.getByLabel('Progress (%)', { exact: true }).fill('40');
    await form.getByLabel('What moved', { exact: true }).fill('Ran the first design review');
    await form.getByLabel('New status', { exact: true }).selectOption('active');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText(/Last check-in .*: 40%, Ran the first design review \(1 in all\)/).waitFor();
    await page.getByText('40% done, due 2027-Q2').waitFor();
  });

  it('flags an overdue goal and fills the form from a suggestion', async () => {
    await apiCall('POST', 'goals', {
      title: 'Publish the on-call handbook',
      deliverable: 'The handbook in the team wiki',
      due: '2026-Q1',
    });
    await page.reload();
    const overdue = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Publish the on-call handbook' }) });
    await overdue.getByText('overdue', { exact: true }).waitFor();
    await page.getByText(/2 goals, 1 flagged/).waitFor();

    await page.getByRole('button', { name: /^Use this suggestion for “Craft:/ }).click();
    expect(await page.getByLabel('Goal', { exact: true }).inputValue()).toMatch(/^Craft: /);
    const form = page.getByRole('form', { name: 'Add a goal' });
    expect(await form.getByLabel('Competencies', { exact: true }).inputValue()).toBe('craft');
    expect(await page.getByLabel('Due', { exact: true }).inputValue()).toMatch(/^\d{4}-Q[1-4]$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'goals');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, 'goals-phone');
    expect(broken).toEqual([]);
  });
});
