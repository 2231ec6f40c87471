// Arabic and Hebrew in Chromium: an entry or feedback written right to left reads right to left, its
// closing punctuation at its end (the left), in the list and in the field it is typed into.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_READY, screenshot, useAppInChromium } from '../../support/browser.js';

const TITLE = 'أصلحت خطأ الفواتير في 3 خدمات!';
const IMPACT = 'שיפרתי את זמן התגובה ב-40%.';
const FEEDBACK = 'قاد الانتقال إلى نظام الفوترة الجديد دون أي توقف للخدمة.';

/** Where the first and the last character of an element's text are drawn, left to right. */
function endsOf(page: Page, selector: string, text: string) {
  return page.evaluate(
    ({ selector, text }) => {
      const { document } = globalThis as unknown as {
        document: {
          querySelectorAll(s: string): Iterable<{ textContent: string | null; firstChild: unknown }>;
          createRange(): {
            setStart(n: unknown, o: number): void;
            setEnd(n: unknown, o: number): void;
            getBoundingClientRect(): { left: number };
          };
        };
      };
      const element = [...document.querySelectorAll(selector)].find((e) => e.textContent === text);
      if (!element) throw new Error(`no ${selector} reads ${text}`);
      const xOf = (at: number) => {
        const range = document.createRange();
        range.setStart(element.firstChild, at);
        range.setEnd(element.firstChild, at + 1);
        return range.getBoundingClientRect().left;
      };
      return { first: xOf(0), last: xOf(text.length - 1) };
    },
    { selector, text },
  );
}

describe.skipIf(!BROWSER_READY)('the web app with right-to-left text (Chromium)', () => {
  const app = useAppInChromium({
    seed: async (api) => {
      await api('POST', 'entries', { title: TITLE, impact: IMPACT, date: '2026-11-13' });
      await api('POST', 'peer-feedback', {
        from: 'Layla Haddad',
        relationship: 'teammate',
        date: '2026-10-14',
        text: FEEDBACK,
      });
    },
  });

  it('draws an entry and feedback right to left, punctuation at their end', async () => {
    await app.page.getByRole('link', { name: 'Entries', exact: true }).click();
    await app.page.locator('.entry-title', { hasText: TITLE }).waitFor();
    const title = await endsOf(app.page, '.entry-title', TITLE);
    expect(title.last).toBeLessThan(title.first); // the "!" closes the sentence on the left
    const impact = await endsOf(app.page, '.entry-impact', IMPACT);
    expect(impact.last).toBeLessThan(impact.first);
    await screenshot(app.page, 'right-to-left-entries');

    await app.page.getByRole('link', { name: 'Peer feedback', exact: true }).click();
    await app.page.locator('blockquote', { hasText: FEEDBACK }).waitFor();
    const quote = await endsOf(app.page, 'blockquote', FEEDBACK);
    expect(quote.last).toBeLessThan(quote.first);
  });

  it('lays out a field by the direction of what is typed into it', async () => {
    await app.page.keyboard.press('Control+k');
    const field = app.page.getByRole('dialog', { name: 'Quick add' }).getByLabel('What did you do?', {
      exact: true,
    });
    await field.fill(TITLE);
    // Chromium draws no DOM for a field's text: its bidi mode is what sets the direction per line.
    const bidi = await field.evaluate((e) => {
      const { getComputedStyle } = globalThis as unknown as {
        getComputedStyle(e: unknown): { unicodeBidi: string };
      };
      return getComputedStyle(e).unicodeBidi;
    });
    expect(bidi).toBe('plaintext');
    expect(app.broken).toEqual([]);
  });
});
