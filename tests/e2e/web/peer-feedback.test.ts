// Peer feedback in Chromium: the request kit names a collaborator from the log with a text to copy;
// recording feedback (a failed save keeps it) shows whether it is specific or generic.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  callApi,
  horizontalOverflow,
  launchChromium,
  type Served,
  screenshot,
  seriousAxeViolations,
  servePromocase,
  watchForBreakage,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, peer feedback (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  const apiCall = (method: string, path: string, body?: unknown) => callApi(served, method, path, body);

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    await apiCall('PUT', 'profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
    await apiCall('POST', 'entries/batch', {
      entries: [
        {
          title: 'Ran the billing migration design review with four teams',
          date: '2026-11-10',
          competencies: ['system-design'],
          collaborators: ['Tomás Herrera'],
        },
        {
          title: 'Cut over the first 5% of accounts to the new billing service',
          date: '2026-11-17',
          competencies: ['ownership'],
          collaborators: ['Tomás Herrera'],
        },
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    broken = watchForBreakage(page);
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('suggests asking a collaborator from the log, with a request to copy', async () => {
    await page.getByRole('link', { name: 'Peer feedback', exact: true }).click();
    await page.getByRole('heading', { name: 'Peer feedback', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Tomás Herrera' }).waitFor();
    await page.getByText('No peer feedback recorded yet.').waitFor();
    const message = await page.getByLabel('Request to Tomás Herrera', { exact: true }).inputValue();
    expect(message).toContain('Ran the billing migration design review with four teams');
    await page.getByRole('button', { name: 'Copy “Request to Tomás Herrera”' }).click();
    await page.getByText('Copied: paste it into a message of your own.').waitFor();
    const copied = await page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
    expect(copied).toBe(message);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('keeps feedback whose save failed, then records it as generic with what to ask', async () => {
    await page.getByLabel('From', { exact: true }).fill('Tomás Herrera');
    await page.getByLabel('What they wrote', { exact: true }).fill('Great to work with, a real team player.');
    await page.route('**/api/v1/peer-feedback', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Record feedback' }).click();
    await page.getByRole('alert').getByText('cannot be reached').waitFor();
    await page.unroute('**/api/v1/peer-feedback');
    await page.reload();
    expect(await page.getByLabel('What they wrote', { exact: true }).inputValue()).toBe(
      'Great to work with, a real team player.',
    );
    await page.getByRole('button', { name: 'Record feedback' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Recorded the feedback from Tomás Herrera.' });
    await saved.getByText('generic', { exact: true }).waitFor();
    await saved.getByText('To make it stronger, ask them:').waitFor();
  });

  it('judges feedback that names a situation, behaviour and impact as specific', async () => {
    await page.getByLabel('From', { exact: true }).fill('Aisha Okafor');
    await page.getByLabel('They are your', { exact: true }).selectOption('cross-team');
    await page.getByLabel('On which work', { exact: true }).fill('billing migration');
    await page
      .getByLabel('What they wrote', { exact: true })
      .fill(
        'In the billing migration design review in August, Alex walked four teams through the cutover plan and answered every rollback question with data; because of that, we signed off in one meeting instead of three and cut over without downtime.',
      );
    await page.getByRole('button', { name: 'Record feedback' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Recorded the feedback from Aisha Okafor.' })
      .getByText('specific', { exact: true })
      .waitFor();
    await page.getByText('1 of 2 specific enough for a committee.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'peer-feedback');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, 'peer-feedback-phone');
    expect(broken).toEqual([]);
  });
});
