// 1:1s in Chromium: the status says the promotion has not been asked for; recording a career conversation
// (a failed save keeps it) changes the findings; vague feedback is highlighted with its follow-up questions.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, 1:1s (Chromium)', () => {
  const app = useAppInChromium({ profile: { managerName: 'Priya Nair' } });

  const status = () => app.page.getByRole('region', { name: 'Where the promotion conversation stands' });

  it('says the promotion has not been asked for yet, with what to do', async () => {
    await app.page.getByRole('link', { name: '1:1s', exact: true }).click();
    await app.page.getByRole('heading', { name: '1:1s', exact: true }).waitFor();
    await status().getByText('mistake', { exact: true }).waitFor();
    await status()
      .getByText(/not recorded a career conversation/)
      .waitFor();
    await app.page.getByText('No conversation recorded yet.').waitFor();
    expect(await app.page.getByLabel('With', { exact: true }).inputValue()).toBe('Priya Nair');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('keeps a conversation whose save failed, then records it and judges each piece of feedback', async () => {
    await app.page.getByLabel('Kind of conversation', { exact: true }).selectOption('career');
    await app.page
      .getByLabel('Notes', { exact: true })
      .fill('Asked for senior; walked the framework together.');
    await app.page
      .getByLabel('Feedback you were given', { exact: true })
      .fill(
        "You're close to Senior.\nWrite the checkout SLO RFC and get payments to adopt it before the end of Q1; we review it at our February 1:1.",
      );
    await app.page.getByLabel('I said I am aiming for the next level in this conversation').check();
    await app.page.route('**/api/v1/conversations', (route) => route.abort('connectionrefused'));
    await app.page.getByRole('button', { name: 'Record conversation' }).click();
    await app.page.getByRole('alert').getByText('cannot be reached').waitFor();
    await app.page.unroute('**/api/v1/conversations');

    await app.page.reload();
    expect(await app.page.getByLabel('Notes', { exact: true }).inputValue()).toBe(
      'Asked for senior; walked the framework together.',
    );
    await app.page.getByRole('button', { name: 'Record conversation' }).click();
    await app.page.getByText('Recorded the conversation with Priya Nair').waitFor();

    const list = app.page.getByRole('region', { name: 'Conversations' });
    await list.locator('mark', { hasText: "You're close to Senior." }).waitFor();
    await list.getByText('vague', { exact: true }).waitFor();
    await list.getByText('actionable', { exact: true }).waitFor();
  });

  it('highlights the vague feedback with follow-up questions and updates the findings', async () => {
    const vague = app.page.getByRole('region', { name: 'Vague feedback to follow up' });
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
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'one-on-ones');
  });

  it('fits a phone screen', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'one-on-ones-phone');
    expect(app.broken).toEqual([]);
  });
});
