// Assessments in Chromium: rating competencies (a failed save keeps every rating), the history chart per
// competency, and the gap list following the ratings.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, assessments (Chromium)', () => {
  const app = useAppInChromium();

  const gaps = () => app.page.getByRole('region', { name: 'Gaps to Senior engineer' });

  it('starts empty: no ratings, every competency waiting to be rated', async () => {
    await app.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await app.page.getByText('No ratings yet').waitFor();
    await gaps()
      .getByText(/^Craft, System design/)
      .waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('keeps the ratings when the save fails, then records them', async () => {
    await app.page.getByLabel('Craft: level', { exact: true }).selectOption('senior');
    await app.page.getByLabel('Craft: how far', { exact: true }).selectOption('working-towards');
    await app.page.getByLabel('Craft: note', { exact: true }).fill('Reviews are at the bar; designs not yet');
    await app.page.getByLabel('Ownership: level', { exact: true }).selectOption('mid');
    await app.page.route('**/api/v1/assessments', (route) => route.abort('connectionrefused'));
    await app.page.getByRole('button', { name: 'Record 2 ratings' }).click();
    await app.page.getByRole('alert').getByText('cannot be reached').waitFor();
    await app.page.unroute('**/api/v1/assessments');

    await app.page.reload();
    expect(await app.page.getByLabel('Craft: note', { exact: true }).inputValue()).toBe(
      'Reviews are at the bar; designs not yet',
    );
    await app.page.getByRole('button', { name: 'Record 2 ratings' }).click();
    await app.page.getByText('Recorded the self rating of 2 competencies.').waitFor();
    expect(await app.page.getByLabel('Craft: level', { exact: true }).inputValue()).toBe(''); // the form is fresh
  });

  it('charts a competency over time and moves the gap list with a manager rating', async () => {
    const history = app.page.getByRole('region', { name: 'Ratings over time' });
    await history.locator('canvas[data-drawn="true"]').waitFor();
    await history.getByRole('cell', { name: 'working-towards senior' }).waitFor();
    await gaps()
      .getByText(/rated meets mid by you/)
      .waitFor(); // ownership, a level below the target

    await app.page.getByLabel('Who rates', { exact: true }).selectOption('manager');
    await app.page.getByLabel('Craft: level', { exact: true }).selectOption('senior');
    await app.page
      .getByLabel('Craft: what it takes', { exact: true })
      .fill('Lead one design review end to end');
    await app.page.getByRole('button', { name: 'Record 1 rating' }).click();
    await app.page.getByText('Recorded the manager rating of 1 competency.').waitFor();
    await history.getByRole('cell', { name: 'meets senior' }).waitFor();
    await history.getByText('Manager: one rating so far.').waitFor();
    await gaps().getByText('At the target already: craft.').waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'assessments');
  });

  it('fits a phone screen', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'assessments-phone');
    expect(app.broken).toEqual([]);
  });
});
