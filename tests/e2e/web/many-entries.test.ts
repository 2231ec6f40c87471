// Pages over years of entries, in Chromium: long lists of the document preview, the dry run, the gap
// list and the analysis' untagged entries are drawn in part with a button for the rest, and a gap chosen
// from the gap list is drawn and shown even when its list had not drawn it yet.
import { describe, expect, it } from 'vitest';
import { BROWSER_READY, useAppInChromium } from '../../support/browser.js';

const ENTRIES = 130;

/** One project over ENTRIES weeks, each entry untagged, with an outcome and no number: a gap each. */
function weeks() {
  return Array.from({ length: ENTRIES }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 5 + 7 * i)).toISOString().slice(0, 10);
    return {
      date: day,
      // Untagged, and worded so that the analysis suggests competencies for it.
      title: `Led the design review of billing step ${i + 1} with the payments team`,
      impact: `Invoices went out on time in week ${i + 1}`,
      kind: 'feature',
      project: 'billing',
    };
  });
}

describe.skipIf(!BROWSER_READY)('the web app over many entries (Chromium)', () => {
  const app = useAppInChromium({
    seed: async (api) => {
      await api('POST', 'entries/batch', { entries: weeks() });
    },
  });

  const brag = async () => {
    await app.page.goto(`${app.served.base}documents`);
    await app.page.getByRole('radio', { name: /^Brag document/ }).check();
    await app.page.getByLabel('From', { exact: true }).fill('2024-01-01');
    await app.page.getByLabel('To', { exact: true }).fill('2026-12-31');
    await expect
      .poll(() => app.page.locator('.doc-evidence-count').textContent())
      .toBe(`${ENTRIES} entries go in, 0 left out.`);
  };
  it('draws the first items of a long list and the rest on demand', async () => {
    await brag();
    await app.page.getByRole('heading', { name: /^billing \(/ }).waitFor();
    // The story's outcomes: one line per week, of which the first 25 are drawn.
    const list = app.page
      .locator('.doc-preview ul')
      .filter({ hasText: 'Invoices went out on time in week 1' })
      .first();
    expect(await list.locator('li').count()).toBe(25);
    await list.locator('xpath=following-sibling::button[1]').click();
    await expect.poll(() => list.locator('li').count()).toBe(ENTRIES);
    expect(await list.locator('xpath=following-sibling::button[1]').count()).toBe(0);
    expect(app.broken).toEqual([]);
  });

  it('lists the dry run a hundred at a time, drawn once opened', async () => {
    await brag();
    const group = app.page.locator('details').filter({ hasText: `In (${ENTRIES})` });
    expect(await group.locator('li').count()).toBe(0);
    await group.locator('summary').click();
    await expect.poll(() => group.locator('li').count()).toBe(100);
    await group.getByRole('button', { name: `Show the other ${ENTRIES - 100} entries` }).click();
    await expect.poll(() => group.locator('li').count()).toBe(ENTRIES);
  });

  it('shows a gap from the gap list even where its list was drawn in part', async () => {
    await brag();
    const gaps = app.page.locator('.doc-gap-list > li');
    await expect.poll(() => gaps.count()).toBe(50);
    await app.page.getByRole('button', { name: /^Show the other \d+ gaps$/ }).click();
    // The outcome of the last week: its item is beyond the first 25 of its list, so not drawn yet.
    const last = gaps.filter({ hasText: `Invoices went out on time in week ${ENTRIES}` }).first();
    const link = last.getByRole('link', { name: /^Show in the preview/ });
    const target = (await link.getAttribute('href'))!.slice(1);
    expect(await app.page.locator(`[id="${target}"]`).count()).toBe(0);
    await link.click();
    const mark = app.page.locator(`[id="${target}"]`);
    await mark.waitFor();
    await expect.poll(() => mark.isVisible()).toBe(true);
    // Scrolled to: the mark is within the window.
    const height = app.page.viewportSize()!.height;
    await expect
      .poll(async () => {
        const box = await mark.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      })
      .toBe(true);
    expect(app.broken).toEqual([]);
  });

  it('lists untagged entries fifty at a time on the Analysis page', async () => {
    await app.page.goto(`${app.served.base}analysis`);
    await app.page.getByText(`${ENTRIES} untagged entries.`).waitFor();
    const items = app.page.locator('section[aria-labelledby="untagged-title"] ul.entry-list > li');
    await expect.poll(() => items.count()).toBe(50);
    await app.page.getByRole('button', { name: `Show the other ${ENTRIES - 50} untagged entries` }).click();
    await expect.poll(() => items.count()).toBe(ENTRIES);
    expect(app.broken).toEqual([]);
  });
});
