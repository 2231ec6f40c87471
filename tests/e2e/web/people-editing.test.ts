// Peer feedback, assessments and the analysis page in Chromium: correcting, deleting and restoring
// feedback; self against manager with the largest disagreement first; deleting an assessment with an
// undo; applying the analysis' tags to untagged entries one at a time and all at once; checking a text.
// Each step is checked against what the API then holds.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  deleteUndoAndRestore,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)(
  'the web app, editing feedback and assessments, tagging entries (Chromium)',
  () => {
    let feedbackId: string;
    const app = useAppInChromium({
      seed: async (api) => {
        feedbackId = String(
          (
            await api('POST', 'peer-feedback', {
              from: 'Sam Lee',
              relationship: 'teammate',
              date: '2026-10-14',
              text: 'Great to work with.',
            })
          ).id,
        );
        await api('POST', 'assessments', {
          rater: 'self',
          date: '2026-09-01',
          ratings: [
            { competency: 'craft', level: 'senior' },
            { competency: 'ownership', level: 'senior' },
          ],
        });
        await api('POST', 'assessments', {
          rater: 'manager',
          date: '2026-09-15',
          ratings: [
            { competency: 'craft', level: 'senior' },
            { competency: 'ownership', level: 'junior' },
          ],
        });
        await api('POST', 'entries/batch', {
          entries: [
            { title: 'Cut p95 latency of the search API from 900 ms to 200 ms by adding a cache' },
            { title: 'Mentored two new hires through their first on-call rotation' },
          ],
        });
      },
    });

    const feedbackName = 'the feedback from Sam Lee of Oct 14, 2026';
    const feedbackItem = () =>
      app.page
        .getByRole('region', { name: 'Received' })
        .getByRole('listitem')
        .filter({ has: app.page.getByRole('heading', { name: /^Sam Lee/ }) });

    it('corrects a piece of feedback, then deletes it with an undo and restores it from the deleted ones', async () => {
      await app.page.getByRole('link', { name: 'Peer feedback', exact: true }).click();
      await feedbackItem().waitFor();
      await app.page.getByRole('button', { name: `Edit ${feedbackName}` }).click();
      const editor = app.page.getByRole('form', { name: `Edit ${feedbackName}` });
      await editor.getByLabel('On which work', { exact: true }).fill('the search migration');
      await editor
        .getByLabel('What they wrote', { exact: true })
        .fill(
          'During the search migration cutover Alex wrote the rollback plan and ran the drill, so we switched with zero downtime.',
        );
      await editor.getByText('Log entries it speaks to').click();
      await editor.getByLabel('Find an entry', { exact: true }).fill('latency');
      await editor.getByRole('button', { name: /^Add “Cut p95 latency/ }).click();
      await editor.getByRole('button', { name: /^Remove “Cut p95 latency/ }).waitFor();
      await editor.getByRole('button', { name: 'Save changes' }).click();
      await editor.waitFor({ state: 'detached' });
      await feedbackItem().getByText(', on the search migration').waitFor();
      await feedbackItem().getByText('Evidence for 1 log entry.').waitFor();
      const saved = await app.api('GET', `peer-feedback/${feedbackId}`);
      expect(saved.work).toBe('the search migration');
      expect(saved.text).toMatch(/^During the search migration cutover/);
      expect(saved.entryIds).toHaveLength(1);

      await deleteUndoAndRestore(app.page, {
        name: feedbackName,
        item: feedbackItem,
        showDeleted: 'Show deleted feedback',
        deletedAt: async () => (await app.api('GET', `peer-feedback/${feedbackId}`)).deletedAt,
      });
      await screenshot(app.page, 'peer-feedback-edited');

      const asked = app.page.waitForRequest(/\/api\/v1\/peer-feedback\/request-kit\?limit=3$/);
      await app.page.getByLabel('How many people to suggest', { exact: true }).selectOption('3');
      await asked; // the kit is asked again for three people, as `promocase feedback request --limit 3`
    });

    it('compares self and manager ratings with the largest disagreement first', async () => {
      await app.page.getByRole('link', { name: 'Assessments', exact: true }).click();
      const compare = app.page.getByRole('region', { name: 'You and your manager' });
      const rows = compare.getByRole('row');
      await rows.nth(1).waitFor();
      expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe('Ownership');
      await rows.nth(1).getByText('you rate yourself 2 levels higher').waitFor();
      await compare.getByRole('row', { name: /Craft/ }).getByText('you agree').waitFor();
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await screenshot(app.page, 'assessments-compare');
    });

    it("deletes the manager's rating with an undo, and the comparison follows", async () => {
      const list = app.page.getByRole('region', { name: 'Recorded assessments' });
      const compare = app.page.getByRole('region', { name: 'You and your manager' });
      await list.getByRole('button', { name: "Delete the manager's rating of Sep 15, 2026" }).click();
      await list.getByText("Deleted the manager's rating of Sep 15, 2026.").waitFor();
      await compare.getByText('Nothing to compare yet').waitFor();
      expect((await app.api('GET', 'assessments')).assessments).toHaveLength(1);

      await list.getByRole('button', { name: 'Undo' }).click();
      await compare.getByText('you rate yourself 2 levels higher').waitFor();
      expect((await app.api('GET', 'assessments')).assessments).toHaveLength(2);
    });

    it('applies the suggested tags to one untagged entry, then to the rest at once', async () => {
      await app.page.getByRole('link', { name: 'Analysis', exact: true }).click();
      await app.page.getByRole('heading', { name: 'Untagged entries', exact: true }).waitFor();
      await app.page.getByText('2 untagged entries.').waitFor();
      expect(await seriousAxeViolations(app.page)).toEqual([]);

      await app.page.getByRole('button', { name: /^Apply to “Cut p95 latency/ }).click();
      await app.page.getByText('1 untagged entry.').waitFor();
      const entries = (await app.api('GET', 'entries')).entries as {
        title: string;
        competencies: string[];
      }[];
      const tagged = entries.find((e) => e.title.startsWith('Cut p95'));
      expect(tagged?.competencies.length).toBeGreaterThan(0);

      await app.page.getByRole('button', { name: 'Apply every suggestion' }).click();
      await app.page.getByText('Applied the suggestions to 1 entry.').waitFor();
      await app.page.getByText('Every entry has competencies: nothing to tag.').waitFor();
      expect((await app.api('GET', 'analyze/untagged')).suggestions).toEqual([]);
    });

    it('shows the review periods and answers the five committee questions from the log', async () => {
      const periods = app.page.getByRole('region', { name: 'Consistency over review periods' });
      await periods.getByRole('row').nth(1).waitFor();
      const readiness = await app.api('GET', 'readiness');
      const consistency = readiness.consistency as { summary: string; periods: { label: string }[] };
      await periods.getByText(consistency.summary).waitFor();
      expect(await periods.getByRole('row').count()).toBe(consistency.periods.length + 1);
      const questions = app.page.getByRole('region', { name: "The committee's five questions" });
      await questions.locator('ol > li').first().waitFor();
      expect(await questions.locator('ol > li').count()).toBe(5);
      const objections = await app.api('GET', 'objections');
      const first = (objections.questions as { question: string }[])[0]!.question;
      await questions.getByText(first, { exact: true }).waitFor();
    });

    it('checks a text without saving it, naming an empty one beside its box', async () => {
      const form = app.page.getByRole('form', { name: 'Check a text' });
      await form.getByRole('button', { name: 'Check' }).click();
      await form.locator('.field-invalid').waitFor();
      expect(await form.getByLabel('Text to check', { exact: true }).getAttribute('aria-invalid')).toBe(
        'true',
      );

      await form.getByLabel('What it is', { exact: true }).selectOption('manager-feedback');
      await form.getByLabel('Text to check', { exact: true }).fill("You're almost there, keep it up.");
      await form.getByRole('button', { name: 'Check' }).click();
      await form.getByText('vague', { exact: true }).waitFor();
      await form.getByText('Ask next time:').waitFor();
      expect(await form.getByLabel('Text to check', { exact: true }).getAttribute('aria-invalid')).toBeNull();
      expect((await app.api('GET', 'entries')).entries).toHaveLength(2); // nothing was logged
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await screenshot(app.page, 'analysis');
    });

    it('fits a phone screen', async () => {
      await app.page.setViewportSize({ width: 375, height: 800 });
      const overflow = () => horizontalOverflow(app.page);
      await app.page.getByRole('link', { name: 'Assessments', exact: true }).click();
      await app.page.getByRole('region', { name: 'You and your manager' }).getByRole('row').nth(1).waitFor();
      await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
      await screenshot(app.page, 'assessments-compare-phone');
      await app.page.getByRole('link', { name: 'Peer feedback', exact: true }).click();
      await app.page.getByRole('button', { name: `Edit ${feedbackName}` }).click();
      await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
      expect(app.broken).toEqual([]);
    });
  },
);
