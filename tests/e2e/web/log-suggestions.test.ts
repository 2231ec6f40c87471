// The Friday log in Chromium with the analysis beside each row: what a row reads as appears once typing
// pauses, one click takes its kind, scope and competencies, and the logged entry carries them.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

const SHIPPED = 'Cut p95 latency of the search API from 900 ms to 200 ms by adding a covering index';
const IMPACT = 'Checkout errors fell from 2% to 0.1% for the payments team';

interface Suggestion {
  kind: string;
  scope: string;
  competencies: string[];
}
interface LoggedEntry {
  title: string;
  kind: string;
  scope: string;
  competencies: string[];
}

describe.skipIf(!BROWSER_READY)('the web app, suggestions while logging (Chromium)', () => {
  const app = useAppInChromium();

  it('shows what a shipped row reads as and takes its tags with one click', async () => {
    await app.page.getByRole('link', { name: 'Log', exact: true }).click();
    await app.page.getByLabel('Shipped 1', { exact: true }).fill(SHIPPED);
    await app.page.getByLabel('Impact of shipped 1', { exact: true }).fill(IMPACT);
    const use = app.page.getByRole('button', { name: 'Use these tags for shipped 1' });
    await use.waitFor();
    await app.page.getByText(/Specific: \d+\/100, with a measure/).waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'log-suggestion');
    await use.click();
    await app.page.getByText(/^Tagged: /).waitFor();
    await app.page.getByRole('button', { name: 'Remove the tags of shipped 1' }).waitFor();
  });

  it('asks a vague decision for specifics without tagging it', async () => {
    await app.page.getByLabel('Decision 1', { exact: true }).fill('Worked on some stuff around things');
    await app.page.getByRole('button', { name: 'Use these tags for decision 1' }).waitFor();
    const advice = app.page.locator('.entry-suggestion ul.hint li');
    await expect.poll(() => advice.count()).toBeGreaterThan(0);
  });

  it('logs the shipped entry with the tags taken and the decision as typed', async () => {
    const expected = (await app.api('POST', 'analyze/entry', {
      title: SHIPPED,
      impact: IMPACT,
    })) as unknown as Suggestion;
    await app.page.getByRole('button', { name: 'Log 2 entries' }).click();
    await app.page.getByText('Logged 2 entries.').waitFor();
    const { entries } = (await app.api('GET', 'entries')) as unknown as { entries: LoggedEntry[] };
    const shipped = entries.find((e) => e.title === SHIPPED);
    expect(shipped).toMatchObject({
      kind: expected.kind,
      scope: expected.scope,
      competencies: expected.competencies,
    });
    expect(expected.competencies.length).toBeGreaterThan(0);
    expect(entries.find((e) => e.title.startsWith('Worked on'))).toMatchObject({
      kind: 'design',
      competencies: [],
    });
  });

  it('fits a phone-width screen with a suggestion shown', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    await app.page.getByLabel('Shipped 1', { exact: true }).fill(SHIPPED);
    await app.page.getByRole('button', { name: 'Use these tags for shipped 1' }).waitFor();
    expect(await horizontalOverflow(app.page)).toBe(0);
    await screenshot(app.page, 'log-suggestion-phone');
  });
});
