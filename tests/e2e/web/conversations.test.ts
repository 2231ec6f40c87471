// 1:1s in Chromium: the status says the promotion has not been asked for; recording a career conversation
// (a failed save keeps it) changes the findings; vague feedback is highlighted with its follow-up questions.
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

describe.skipIf(!BROWSER_READY)('the web app, 1:1s (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    await callApi(served, 'PUT', 'profile', {
      name: 'Alex Doe',
      currentLevel: 'mid',
      targetLevel: 'senior',
      managerName: 'Priya Nair',
    });
    ({ page, broken } = await openAppPage(browser));
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  const status = () => page.getByRole('region', { name: 'Where the promotion conversation stands' });

  it('says the promotion has not been asked for yet, with what to do', async () => {
    await page.getByRole('link', { name: '1:1s', exact: true }).click();
    await page.getByRole('heading', { name: '1:1s', exact: true }).waitFor();
    await status().getByText('mistake', { exact: true }).waitFor();
    await status()
      .getByText(/not recorded a career conversation/)
      .waitFor();
    await page.getByText('No conversation recorded yet.').waitFor();
    expect(await page.getByLabel('With', { exact: true }).inputValue()).toBe('Priya Nair');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('keeps a conversation whose save failed, then records it and judges each piece of feedback', async () => {
    await page.getByLabel('Kind of conversation', { exact: true }).selectOption('career');
    await page.getByLabel('Notes', { exact: true }).fill('Asked for senior; walked the framework together.');
    await page
      .getByLabel('Feedback you were given', { exact: true })
      .fill(
        "You're close to Senior.\nWrite the checkout SLO RFC and get payments to adopt it before the end of Q1; we review it at our February 1:1.",
      );
    await page.getByLabel('I said I am aiming for the next level in this conversation').check();
    await page.route('**/api/v1/conversations', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Record conversation' }).click();
    await page.getByRole('alert').getByText('cannot be reached').waitFor();
    await page.unroute('**/api/v1/conversations');

    await page.reload();
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe(
      'Asked for senior; walked the framework together.',
    );
    await page.getByRole('button', { name: 'Record conversation' }).click();
    await page.getByText('Recorded the conversation with Priya Nair').waitFor();

    const list = page.getByRole('region', { name: 'Conversations' });
    await list.locator('mark', { hasText: "You're close to Senior." }).waitFor();
    await list.getByText('vague', { exact: true }).waitFor();
    await list.getByText('actionable', { exact: true }).waitFor();
  });

  it('highlights the vague feedback with follow-up questions and updates the findings', async () => {
    const vague = page.getByRole('region', { name: 'Vague feedback to follow up' });
    await vague.locator('mark', { hasText: "You're close to Senior." }).waitFor();
    await vague.getByText('Ask next time:').waitFor();
    expect(await vague.locator('li li').count()).toBeGreaterThan(0);
    await status()
      .getByText(/You stated your goal on/)
      .waitFor();
    expect(
      await status()
        .getByText(/not recorded a career conversation/)
        .count(),
    ).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'one-on-ones');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, 'one-on-ones-phone');
    expect(broken).toEqual([]);
  });
});
