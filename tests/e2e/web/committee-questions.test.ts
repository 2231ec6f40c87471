// The committee's five questions on the analysis page in Chromium: each answer opens onto what it rests
// on, the log entries or the peer feedback, shown as they were written rather than as ids.
import { describe, expect, it } from 'vitest';
import { BROWSER_READY, useAppInChromium } from '../../support/browser.js';

const QUOTE =
  'During INC-2291 Alex paused the invoice job within 20 minutes of the page, checked that no card had been charged twice, and wrote the customer note.';

describe.skipIf(!BROWSER_READY)("the web app, the committee's five questions (Chromium)", () => {
  const app = useAppInChromium({
    seed: async (api) => {
      await api('POST', 'peer-feedback', {
        from: 'Marcus Chen',
        relationship: 'teammate',
        date: '2026-10-14',
        text: QUOTE,
      });
      await api('POST', 'entries', {
        title: 'Led the billing migration cutover for three teams',
        impact: 'invoice errors 2% -> 0.1%',
        date: '2026-11-13',
        competencies: ['ownership'],
      });
    },
  });

  it('opens the peer reviews answer onto the feedback itself, not onto entry ids', async () => {
    const missing: string[] = [];
    app.page.on('response', (res) => {
      if (res.status() === 404) missing.push(res.url());
    });
    await app.page.getByRole('link', { name: 'Analysis', exact: true }).click();
    const question = app.page
      .getByRole('region', { name: "The committee's five questions" })
      .getByRole('listitem')
      .filter({ hasText: 'What do peer reviews actually say?' });
    await question.getByText('answered', { exact: true }).waitFor();
    await question.getByText('The feedback behind the answer').click();
    await question.getByRole('listitem').getByText(QUOTE).waitFor();
    await question.getByRole('listitem').getByText('Marcus Chen (teammate), Oct 14, 2026').waitFor();
    expect(await question.getByText(/^Entry /).count()).toBe(0);
    expect(missing).toEqual([]);
    expect(app.broken).toEqual([]);
  });
});
