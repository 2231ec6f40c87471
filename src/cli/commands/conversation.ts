/** `promocase 1on1` and `promocase manager`: conversations with the manager, their feedback, manager changes. */
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import { CONVERSATION_TYPES } from '../../core/people/people-vocabulary.js';
import type { CommandContext } from '../command-context.js';
import { collectWhole } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import {
  renderConversation,
  renderConversationList,
  renderConversationStatus,
  renderManagerChanges,
} from '../printers/conversation-printers.js';
import { askConfirm, askLines, askSelect, askText } from '../prompts.js';
import { registerRemoveRestore } from './remove-restore.js';

interface AddFlags {
  with?: string;
  type?: string;
  date?: string;
  notes?: string;
  feedback: string[];
  criterion: string[];
  goalStated?: boolean;
  next?: string;
  json?: boolean;
}

interface EditFlags {
  with?: string;
  type?: string;
  date?: string;
  notes?: string;
  feedback?: string[];
  criterion?: string[];
  goalStated?: boolean;
  next?: string;
  json?: boolean;
}

/**
 * Whether the flags say anything about the conversation itself. Without it a script (or `</dev/null`)
 * recorded a blank check-in. --with, --date and --next only place it, and `--type check-in` restates
 * the default; another type does say what the talk was (a career one is what `1on1 status` counts).
 * A blank --feedback or --criterion counts: the service refuses it with a sharper message.
 */
function hasContent(flags: AddFlags): boolean {
  return (
    (flags.notes ?? '').trim() !== '' ||
    flags.feedback.length > 0 ||
    flags.criterion.length > 0 ||
    Boolean(flags.goalStated) ||
    (flags.type !== undefined && flags.type !== 'check-in')
  );
}

export function registerConversationCommands(program: Command, ctx: CommandContext): void {
  const talk = program
    .command('1on1')
    .alias('conversation')
    .description('1:1s and career conversations: feedback, written criteria, the state of the promotion talk')
    .addHelpText(
      'after',
      `
Examples:
  promocase 1on1 add --with "Priya Nair" --type career --goal-stated --feedback "You're almost there" --next 2026-12-15
  promocase 1on1 add --with "Priya Nair" --criterion "Lead the design of the ledger service by March"
  promocase 1on1 edit 1a2b3c4d --criterion "Lead the ledger design by March" --next 2027-01-10
  promocase 1on1 status
  promocase manager change "Alex Kim" --date 2026-10-01`,
    );

  talk
    .command('add')
    .description(
      'record a conversation (asks on a terminal for what flags do not give; in a script, give what was said)',
    )
    .option('--with <name>', 'who you talked with (default: your manager)')
    .option('--type <type>', CONVERSATION_TYPES.join(' | '))
    .option('--date <date>', 'when (default today)')
    .option('--notes <text>', 'your notes')
    .option(
      '--feedback <statement>',
      'something said about your work, as close to the words as you can (repeat)',
      collectWhole,
      [],
    )
    .option(
      '--criterion <text>',
      'a criterion agreed in writing: what specifically needs to be true (repeat)',
      collectWhole,
      [],
    )
    .option('--goal-stated', 'you said which level you are aiming for')
    .option('--next <date>', 'the next check-in')
    .option('--json', 'print the saved conversation as JSON')
    .action(async (flags: AddFlags, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const today = services.context.today();
        const given = flags.type || flags.notes || flags.feedback.length || flags.criterion.length;
        const input: Record<string, unknown> = {
          with: flags.with ?? (await services.profile.get(actor)).managerName ?? undefined,
          ...(flags.type ? { type: flags.type } : {}),
          ...(flags.date ? { date: parseDateInput(flags.date, today, 'date') } : {}),
          ...(flags.notes !== undefined ? { notes: flags.notes } : {}),
          feedback: flags.feedback,
          criteria: flags.criterion,
          goalStated: Boolean(flags.goalStated),
          ...(flags.next ? { nextCheckIn: parseDateInput(flags.next, today, 'nextCheckIn') } : {}),
        };
        if (!io.isTTY && !hasContent(flags))
          throw new UsageError(
            '1on1 add needs what was said: --notes, --feedback, --criterion, --goal-stated or --type career|feedback (no terminal to ask on)',
          );
        if (!given && io.isTTY) {
          input.with ??= await askText('Who did you talk with?', { required: true });
          input.type = await askSelect('What kind of conversation?', CONVERSATION_TYPES, 'check-in');
          input.notes = await askText('Notes (optional)');
          input.feedback = await askLines('Feedback you were given, in their words');
          input.criteria = await askLines('Criteria agreed in writing (what needs to be true)');
          // Flags given alongside (--goal-stated, --next) are answers already: ask only for the rest.
          if (!flags.goalStated)
            input.goalStated = await askConfirm('Did you say which level you are aiming for?', false);
          if (!flags.next) {
            const next = await askText('Next check-in date (optional)');
            if (next) input.nextCheckIn = parseDateInput(next, today, 'nextCheckIn');
          }
        }
        if (input.with === undefined)
          throw new UsageError(
            '--with: say whom you talked with (your profile names no manager to default to)',
          );
        const saved = await services.conversations.create(actor, input);
        if (flags.json) printJson(io, saved);
        else {
          say(io, `Recorded the ${saved.type} conversation with ${saved.with} on ${saved.date}.`);
          const view = await services.conversations.get(actor, saved.id);
          if (view.feedbackAnalysis.some((a) => !a.actionable)) io.stdout.write(renderConversation(view));
        }
      });
    });

  talk
    .command('list')
    .description('your conversations, newest first')
    .option('--deleted', 'include deleted ones')
    .option('--json', 'machine-readable output')
    .action(async (flags: { deleted?: boolean; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const list = await services.conversations.list(actor, {
          deleted: flags.deleted ? 'include' : 'exclude',
        });
        if (flags.json) printJson(io, list);
        else io.stdout.write(renderConversationList(list));
      });
    });

  talk
    .command('show')
    .argument('<id>', 'the conversation id (or its last characters)')
    .description('one conversation, with vague feedback pointed out and the questions to ask')
    .option('--json', 'machine-readable output')
    .action(async (id: string, flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const view = await services.conversations.get(actor, id);
        if (flags.json) printJson(io, view);
        else io.stdout.write(renderConversation(view));
      });
    });

  talk
    .command('status')
    .description(
      'the state of the promotion conversation: goal stated, written criteria, check-ins, red flags',
    )
    .option('--json', 'machine-readable output')
    .action(async (flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const status = await services.conversations.status(actor);
        if (flags.json) printJson(io, status);
        else io.stdout.write(renderConversationStatus(status));
      });
    });

  talk
    .command('edit')
    .argument('<id>', 'the conversation id (or its last characters)')
    .description(
      'correct a conversation: given flags replace what was recorded (an empty value clears a list)',
    )
    .option('--with <name>', 'who you talked with')
    .option('--type <type>', CONVERSATION_TYPES.join(' | '))
    .option('--date <date>', 'when')
    .option('--notes <text>', 'your notes')
    .option(
      '--feedback <statement>',
      'the feedback statements, replacing the recorded ones (repeat)',
      collectWhole,
    )
    .option('--criterion <text>', 'the written criteria, replacing the recorded ones (repeat)', collectWhole)
    .option('--goal-stated', 'you said which level you are aiming for')
    .option('--no-goal-stated', 'you did not')
    .option('--next <date>', 'the next check-in (empty to clear)')
    .option('--json', 'print the conversation as JSON')
    .action(async (id: string, flags: EditFlags, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const today = services.context.today();
        const nonEmpty = (list: string[]) => list.filter((v) => v.trim() !== '');
        const changes: Record<string, unknown> = {
          ...(flags.with !== undefined ? { with: flags.with } : {}),
          ...(flags.type !== undefined ? { type: flags.type } : {}),
          ...(flags.date !== undefined ? { date: parseDateInput(flags.date, today, 'date') } : {}),
          ...(flags.notes !== undefined ? { notes: flags.notes } : {}),
          ...(flags.feedback ? { feedback: nonEmpty(flags.feedback) } : {}),
          ...(flags.criterion ? { criteria: nonEmpty(flags.criterion) } : {}),
          ...(flags.goalStated !== undefined ? { goalStated: flags.goalStated } : {}),
          ...(flags.next !== undefined
            ? { nextCheckIn: flags.next === '' ? null : parseDateInput(flags.next, today, 'nextCheckIn') }
            : {}),
        };
        if (Object.keys(changes).length === 0)
          throw new UsageError('give at least one field to change (see --help)');
        const saved = await services.conversations.update(actor, id, changes);
        const view = await services.conversations.get(actor, saved.id);
        if (flags.json) printJson(io, view);
        else
          say(
            io,
            `Updated the ${saved.type} conversation with ${saved.with} on ${saved.date} (${saved.id.slice(-8)}).`,
          );
      });
    });

  registerRemoveRestore(ctx, talk, 'conversation', (s, id, deleted) =>
    deleted ? s.services.conversations.remove(s.actor, id) : s.services.conversations.restore(s.actor, id),
  );

  const manager = program
    .command('manager')
    .description('who your manager is over time; a change may reset the promotion clock');
  manager
    .command('change')
    .argument('<name>', 'the new manager')
    .option('--date <date>', 'when it changed (default today)')
    .option('--note <text>', 'anything worth keeping about the handoff')
    .option('--json', 'print the saved change as JSON')
    .description('record a change of manager, on or before today (the profile follows the latest change)')
    .action(async (name: string, flags: { date?: string; note?: string; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const today = services.context.today();
        const change = await services.managers.change(actor, {
          name,
          ...(flags.date ? { date: parseDateInput(flags.date, today, 'date') } : {}),
          ...(flags.note ? { note: flags.note } : {}),
        });
        if (flags.json) printJson(io, change);
        else
          say(
            io,
            `Recorded: ${change.name} is your manager since ${change.date}. A new manager has not seen your earlier work: give ${change.name} a handoff of your case and have the career conversation again.`,
          );
      });
    });
  registerRemoveRestore(ctx, manager, 'manager change', (s, id, deleted) =>
    deleted ? s.services.managers.remove(s.actor, id) : s.services.managers.restore(s.actor, id),
  );
  manager
    .command('history')
    .description('every recorded change of manager')
    .option('--deleted', 'include deleted ones (the ids `manager restore` takes)')
    .option('--json', 'machine-readable output')
    .action(async (flags: { deleted?: boolean; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const changes = await services.managers.history(actor, {
          deleted: flags.deleted ? 'include' : 'exclude',
        });
        if (flags.json) printJson(io, changes);
        else io.stdout.write(renderManagerChanges(changes));
      });
    });
}
