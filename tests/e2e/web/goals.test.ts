// Goals in Chromium: adding one (a wrong due date named in place, the text kept), the quality check and
// flags, a check-in, and a suggestion from the gap list filling the form.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, goals (Chromium)', () => {
  const app = useAppInChromium();

  it('starts empty, with goals suggested for the competencies not rated yet', async () => {
    await app.page.getByRole('link', { name: 'Goals', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Goals', exact: true }).waitFor();
    await app.page.getByText('No goals yet').waitFor();
    await app.page.getByRole('button', { name: /^Use this suggestion for “Craft:/ }).waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('names a wrong due date beside its field, keeps the text, then adds the goal with its quality check', async () => {
    await app.page.getByLabel('Goal', { exact: true }).fill('Get better at leadership');
    await app.page.getByLabel('Due', { exact: true }).fill('soon');
    await app.page.getByRole('button', { name: 'Add goal' }).click();
    await app.page.locator('.field-invalid').getByText('expected a date like').waitFor();
    expect(await app.page.getByLabel('Due', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.getByLabel('Goal', { exact: true }).inputValue()).toBe('Get better at leadership');

    await app.page.getByLabel('Due', { exact: true }).fill('2027-Q2');
    await app.page.getByRole('button', { name: 'Add goal' }).click();
    await app.page.getByText(/^Added “Get better at leadership”: it meets [0-3] of 4 checks\.$/).waitFor();
    const goal = app.page
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('heading', { name: 'Get better at leadership' }) });
    await goal.getByText('Not concrete', { exact: false }).waitFor();
    await goal.getByText('Not visible', { exact: false }).waitFor();
    expect(await app.page.getByLabel('Goal', { exact: true }).inputValue()).toBe(''); // the form is fresh
  });

  it('records a check-in and shows the progress', async () => {
    await app.page.getByRole('button', { name: 'Check in on “Get better at leadership”' }).click();
    const form = app.page.getByRole('form', { name: 'Check in on “Get better at leadership”' });
    await form.getByLabel('Progress (%)', { exact: true }).fill('40');
    await form.getByLabel('What moved', { exact: true }).fill('Ran the first design review');
    await form.getByLabel('New status', { exact: true }).selectOption('active');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await app.page.getByText(/Last check-in .*: 40%, Ran the first design review \(1 in all\)/).waitFor();
    await app.page.getByText('40% done, due 2027-Q2').waitFor();
  });

  it('flags an overdue goal and fills the form from a suggestion', async () => {
    await app.api('POST', 'goals', {
      title: 'Publish the on-call handbook',
      deliverable: 'The handbook in the team wiki',
      due: '2026-Q1',
    });
    await app.page.reload();
    const overdue = app.page
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('heading', { name: 'Publish the on-call handbook' }) });
    await overdue.getByText('overdue', { exact: true }).waitFor();
    await app.page.getByText(/2 goals, 1 flagged/).waitFor();

    await app.page.getByRole('button', { name: /^Use this suggestion for “Craft:/ }).click();
    expect(await app.page.getByLabel('Goal', { exact: true }).inputValue()).toMatch(/^Craft: /);
    const form = app.page.getByRole('form', { name: 'Add a goal' });
    expect(await form.getByLabel('Competencies', { exact: true }).inputValue()).toBe('craft');
    expect(await app.page.getByLabel('Due', { exact: true }).inputValue()).toMatch(/^\d{4}-Q[1-4]$/);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'goals');
  });

  it('fits a phone screen', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'goals-phone');
    expect(app.broken).toEqual([]);
  });
});
