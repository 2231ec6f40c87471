// Peer feedback in Chromium: the request kit names a collaborator from the log with a text to copy;
// recording feedback (a failed save keeps it) shows whether it is specific or generic.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, peer feedback (Chromium)', () => {
  const app = useAppInChromium({
    permissions: ['clipboard-read', 'clipboard-write'],
    seed: async (api) => {
      await api('POST', 'entries/batch', {
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
    },
  });

  it('suggests asking a collaborator from the log, with a request to copy', async () => {
    await app.page.getByRole('link', { name: 'Peer feedback', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Peer feedback', exact: true }).waitFor();
    await app.page.getByRole('heading', { name: 'Tomás Herrera' }).waitFor();
    await app.page.getByText('No peer feedback recorded yet.').waitFor();
    const message = await app.page.getByLabel('Request to Tomás Herrera', { exact: true }).inputValue();
    expect(message).toContain('Ran the billing migration design review with four teams');
    await app.page.getByRole('button', { name: 'Copy “Request to Tomás Herrera”' }).click();
    await app.page.getByText('Copied: paste it into a message of your own.').waitFor();
    const copied = await app.page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
    expect(copied).toBe(message);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('keeps feedback whose save failed, then records it as generic with what to ask', async () => {
    await app.page.getByLabel('From', { exact: true }).fill('Tomás Herrera');
    await app.page
      .getByLabel('What they wrote', { exact: true })
      .fill('Great to work with, a real team player.');
    await app.page.route('**/api/v1/peer-feedback', (route) => route.abort('connectionrefused'));
    await app.page.getByRole('button', { name: 'Record feedback' }).click();
    await app.page.getByRole('alert').getByText('cannot be reached').waitFor();
    await app.page.unroute('**/api/v1/peer-feedback');
    await app.page.reload();
    expect(await app.page.getByLabel('What they wrote', { exact: true }).inputValue()).toBe(
      'Great to work with, a real team player.',
    );
    await app.page.getByRole('button', { name: 'Record feedback' }).click();
    const saved = app.page
      .getByRole('status')
      .filter({ hasText: 'Recorded the feedback from Tomás Herrera.' });
    await saved.getByText('generic', { exact: true }).waitFor();
    await saved.getByText('To make it stronger, ask them:').waitFor();
  });

  it('judges feedback that names a situation, behaviour and impact as specific', async () => {
    await app.page.getByLabel('From', { exact: true }).fill('Aisha Okafor');
    await app.page.getByLabel('They are your', { exact: true }).selectOption('cross-team');
    await app.page.getByLabel('On which work', { exact: true }).fill('billing migration');
    await app.page
      .getByLabel('What they wrote', { exact: true })
      .fill(
        'In the billing migration design review in August, Alex walked four teams through the cutover plan and answered every rollback question with data; because of that, we signed off in one meeting instead of three and cut over without downtime.',
      );
    await app.page.getByRole('button', { name: 'Record feedback' }).click();
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Recorded the feedback from Aisha Okafor.' })
      .getByText('specific', { exact: true })
      .waitFor();
    await app.page.getByText('1 of 2 specific enough for a committee.').waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'peer-feedback');
  });

  it('fits a phone screen', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'peer-feedback-phone');
    expect(app.broken).toEqual([]);
  });
});
