// 1:1s in Chromium, beyond recording: correcting a conversation (a failed save keeps the changes),
// deleting and restoring it, and the manager history (recording a change moves the profile, deleting
// one has an undo); each checked against what the API then holds.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  deleteUndoAndRestore,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

interface ConversationView {
  feedback: string[];
  notes: string;
  deletedAt: string | null;
}

describe.skipIf(!BROWSER_READY)('the web app, editing 1:1s and manager changes (Chromium)', () => {
  let conversationId: string;
  const app = useAppInChromium({
    profile: { managerName: 'Priya Nair' },
    seed: async (api) => {
      conversationId = String(
        (
          await api('POST', 'conversations', {
            with: 'Priya Nair',
            date: '2026-11-03',
            type: 'check-in',
            notes: 'Sprint review',
            feedback: ['Good job overall.'],
          })
        ).id,
      );
    },
  });
  const stored = async () =>
    (await app.api('GET', `conversations/${conversationId}`)) as unknown as ConversationView;
  const name = 'the conversation of Nov 3, 2026 with Priya Nair';
  const status = () => app.page.getByRole('region', { name: 'Where the promotion conversation stands' });
  const item = () =>
    app.page
      .getByRole('region', { name: 'Conversations' })
      .getByRole('listitem')
      .filter({
        has: app.page.getByRole('heading', { name: /^Nov 3, 2026, Priya Nair/ }),
      });

  beforeAll(async () => {
    await app.page.getByRole('link', { name: '1:1s', exact: true }).click();
    await item().waitFor();
  });

  it('keeps a correction whose save failed, then saves it and judges the new feedback', async () => {
    await app.page.getByRole('button', { name: `Edit ${name}` }).click();
    const editor = app.page.getByRole('form', { name: `Edit ${name}` });
    await editor
      .getByLabel('Feedback you were given', { exact: true })
      .fill(
        'Good job overall.\nLead the Q1 search migration design review and present it to the staff group.',
      );
    await app.page.route('**/api/v1/conversations/*', (route) =>
      route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.continue(),
    );
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByRole('alert').getByText('cannot be reached').waitFor();
    await app.page.unroute('**/api/v1/conversations/*');
    expect((await stored()).feedback).toEqual(['Good job overall.']);

    await app.page.reload();
    await app.page.getByRole('button', { name: `Edit ${name}` }).click();
    expect(await editor.getByLabel('Feedback you were given', { exact: true }).inputValue()).toMatch(
      /Lead the Q1 search migration/,
    );
    await editor.getByText('These are the changes you left unsaved here').waitFor();
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'detached' });
    await item().getByText('actionable', { exact: true }).waitFor();
    expect((await stored()).feedback).toHaveLength(2);
  });

  it('deletes a conversation with an undo, and restores it from the deleted ones', async () => {
    await deleteUndoAndRestore(app.page, {
      name,
      item,
      showDeleted: 'Show deleted conversations',
      deletedAt: async () => (await stored()).deletedAt,
    });
  });

  it('records a new manager, which the profile follows, and deletes the change with an undo', async () => {
    const managers = app.page.getByRole('region', { name: 'Your managers' });
    await managers.getByText('No change of manager recorded.').waitFor();
    await managers.getByLabel('New manager', { exact: true }).fill('Jordan Smith');
    await managers.getByLabel('Note', { exact: true }).fill('Reorg into the platform group');
    await managers.getByRole('button', { name: 'Record the change' }).click();
    await managers.getByText('Jordan Smith is now your manager in your profile.').waitFor();
    await managers.getByText('(before: Priya Nair)').waitFor();
    expect((await app.api('GET', 'profile')).managerName).toBe('Jordan Smith');
    const changes = (await app.api('GET', 'manager-changes')).managerChanges as { id: string }[];
    expect(changes).toHaveLength(1);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'one-on-ones-managers');

    await managers.getByLabel('New manager', { exact: true }).fill('jordan smith');
    await managers.getByRole('button', { name: 'Record the change' }).click();
    await managers.locator('.field-invalid').getByText('already your manager').waitFor();
    expect(await managers.getByLabel('New manager', { exact: true }).inputValue()).toBe('jordan smith');
    expect((await app.api('GET', 'manager-changes')).managerChanges).toHaveLength(1);
    await managers.getByLabel('New manager', { exact: true }).fill('');

    await managers.getByRole('button', { name: /^Delete the change to Jordan Smith on / }).click();
    await managers.getByText('No change of manager recorded.').waitFor();
    expect((await app.api('GET', 'manager-changes')).managerChanges).toEqual([]);
    await managers.getByRole('button', { name: 'Undo' }).click();
    await managers.getByText('(before: Priya Nair)').waitFor();
    expect((await app.api('GET', 'manager-changes')).managerChanges).toHaveLength(1);
    await status()
      .getByText(/Your manager changed on .* \(Priya Nair -> Jordan Smith\)/)
      .waitFor();
  });

  it('raises a red flag after two career conversations with only vague feedback', async () => {
    for (const date of ['2026-11-10', '2026-11-17']) {
      await app.api('POST', 'conversations', {
        with: 'Jordan Smith',
        date,
        type: 'career',
        feedback: ["You're almost there, keep doing what you're doing."],
      });
    }
    await app.page.reload();
    await status().getByText('red flag', { exact: true }).waitFor();
    await status()
      .getByText(/last 2 career conversations gave no specific feedback/)
      .waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('fits a phone screen with an editor open', async () => {
    await app.page.setViewportSize({ width: 375, height: 800 });
    await app.page.getByRole('button', { name: `Edit ${name}` }).click();
    const overflow = () => horizontalOverflow(app.page);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'one-on-ones-editing-phone');
    expect(app.broken).toEqual([]);
  });
});
