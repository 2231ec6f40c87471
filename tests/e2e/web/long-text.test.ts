// Text as people paste it, in Chromium on a phone: a long link or an unbroken word in a title, a
// goal, feedback or a 1:1 wraps inside its card instead of pushing the page sideways.
import { describe, expect, it } from 'vitest';
import { BROWSER_READY, horizontalOverflow, screenshot, useAppInChromium } from '../../support/browser.js';

const LINK = 'https://github.com/example-org/billing-service/pull/48213/files#diff-4f7a9c2e1b';
const WORD = 'Supercalifragilisticexpialidocious'.repeat(3);

describe.skipIf(!BROWSER_READY)('the web app with long words and links (Chromium)', () => {
  const app = useAppInChromium({
    profile: { managerName: 'Priya Nair' },
    seed: async (api) => {
      await api('POST', 'entries/batch', {
        entries: [
          { title: `Merged ${LINK}`, impact: WORD, date: '2026-11-13', competencies: ['craft'] },
          { title: WORD, date: '2026-11-06' },
        ],
      });
      await api('POST', 'goals', { title: `Ship ${WORD}`, deliverable: LINK, due: '2027-Q1' });
      await api('POST', 'peer-feedback', {
        from: 'Sam Lee',
        relationship: 'teammate',
        date: '2026-10-14',
        text: `See ${LINK} and ${WORD}`,
      });
      await api('POST', 'conversations', {
        with: 'Priya Nair',
        date: '2026-11-03',
        type: 'check-in',
        notes: `Went through ${LINK}`,
        feedback: [WORD],
      });
    },
  });

  it('keeps every page within a phone screen', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    const overflow: Record<string, number> = {};
    const long = /Supercalifragilistic|github\.com/;
    for (const [link, heading] of [
      ['Dashboard', 'Alex Doe: mid → senior'],
      ['Entries', 'Entries'],
      ['Goals', 'Goals'],
      ['1:1s', '1:1s'],
      ['Peer feedback', 'Peer feedback'],
    ] as const) {
      await app.page.getByRole('link', { name: link, exact: true }).click();
      await app.page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await app.page.getByText(long).filter({ visible: true }).first().waitFor();
      await screenshot(app.page, `long-text-${link.replace(/\W/g, '').toLowerCase()}`);
      overflow[link] = Math.max(0, await horizontalOverflow(app.page));
    }
    expect(overflow).toEqual({
      Dashboard: 0,
      Entries: 0,
      Goals: 0,
      '1:1s': 0,
      'Peer feedback': 0,
    });
    expect(app.broken).toEqual([]);
  });
});
