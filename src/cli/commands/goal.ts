/** `promocase goal`: goals that close the gaps, their quality check, check-ins, linked evidence, suggestions. */
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import { DomainError } from '../../core/errors.js';
import { GOAL_STATUSES } from '../../core/people/people-vocabulary.js';
import type { CommandContext } from '../command-context.js';
import { collect, collectWhole } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import { renderGoal, renderGoalList, renderSuggestions } from '../printers/goal-printers.js';
import { registerRemoveRestore } from './remove-restore.js';

interface GoalFlags {
  title?: string;
  competency?: string[];
  gap?: string;
  deliverable?: string;
  vouch?: string[];
  impact?: string;
  due?: string;
  status?: string;
  json?: boolean;
}

function addGoalOptions(cmd: Command): Command {
  return cmd
    .option('-c, --competency <id>', 'a competency it builds (repeat or comma-separate)', collect)
    .option('--gap <text>', 'the gap it closes')
    .option('--deliverable <text>', 'the named thing that will exist when it is done')
    .option('--vouch <name>', 'someone who will see the result and can vouch for it (repeat)', collectWhole)
    .option('--impact <text>', 'what the team or the business gains')
    .option('--due <date|quarter>', 'a date (2027-03-31) or a quarter (2027-Q1)')
    .option('--status <status>', GOAL_STATUSES.join(' | '))
    .option('--json', 'print the goal as JSON');
}

function goalInput(flags: GoalFlags): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (flags.title !== undefined) input.title = flags.title;
  if (flags.competency) input.competencies = flags.competency;
  if (flags.gap !== undefined) input.gap = flags.gap;
  if (flags.deliverable !== undefined) input.deliverable = flags.deliverable;
  // An empty --vouch clears the list, as an empty --tag does for an entry.
  if (flags.vouch) input.vouchers = flags.vouch.filter((v) => v.trim() !== '');
  if (flags.impact !== undefined) input.impact = flags.impact;
  if (flags.due !== undefined) input.due = flags.due === '' ? null : flags.due;
  if (flags.status !== undefined) input.status = flags.status;
  return input;
}

export function registerGoalCommands(program: Command, ctx: CommandContext): void {
  const goal = program
    .command('goal')
    .description('goals that close your gaps: concrete, visible, impactful, time-bound')
    .addHelpText(
      'after',
      `
Examples:
  promocase goal suggest
  promocase goal add "Design the ledger service" -c system-design --deliverable "Design doc approved by payments and risk" --vouch "Dana Lee" --impact "Unblocks the Q2 launch for 3 teams" --due 2027-Q1
  promocase goal check-in 1a2b3c4d --progress 40 --note "Draft reviewed by Dana"
  promocase goal link 1a2b3c4d 9f8e7d6c`,
    );

  addGoalOptions(
    goal.command('add').argument('<title>', 'the goal in one line').description('set a goal'),
  ).action(async (title: string, flags: GoalFlags, cmd: Command) => {
    await ctx.session(cmd, async ({ services, actor, io }) => {
      const saved = await services.goals.create(actor, { ...goalInput(flags), title });
      const view = await services.goals.get(actor, saved.id);
      if (flags.json) printJson(io, view);
      else {
        say(io, `Set goal ${saved.id.slice(-8)}: ${saved.title}`);
        io.stdout.write(renderGoal(view));
      }
    });
  });

  goal
    .command('list')
    .description('your goals with progress, quality and what needs attention')
    .option('--deleted', 'include deleted ones')
    .option('--json', 'machine-readable output')
    .action(async (flags: { deleted?: boolean; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const goals = await services.goals.list(actor, { deleted: flags.deleted ? 'include' : 'exclude' });
        if (flags.json) printJson(io, goals);
        else io.stdout.write(renderGoalList(goals));
      });
    });

  goal
    .command('show')
    .argument('<id>', 'the goal id (or its last characters)')
    .description('one goal with its quality check, check-ins and linked entries')
    .option('--json', 'machine-readable output')
    .action(async (id: string, flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const view = await services.goals.get(actor, id);
        if (flags.json) printJson(io, view);
        else io.stdout.write(renderGoal(view));
      });
    });

  addGoalOptions(
    goal
      .command('edit')
      .argument('<id>', 'the goal id (or its last characters)')
      .option('--title <text>', 'the goal in one line')
      .description('change a goal'),
  ).action(async (id: string, flags: GoalFlags, cmd: Command) => {
    const input = goalInput(flags);
    if (Object.keys(input).length === 0)
      throw new UsageError('give at least one field to change (see --help)');
    await ctx.session(cmd, async ({ services, actor, io }) => {
      const saved = await services.goals.update(actor, id, input);
      if (flags.json) printJson(io, await services.goals.get(actor, saved.id));
      else say(io, `Updated goal ${saved.id.slice(-8)}: ${saved.title}`);
    });
  });

  goal
    .command('check-in')
    .argument('<id>', 'the goal id (or its last characters)')
    .requiredOption('--progress <percent>', 'how far along it is, 0-100')
    .option('--note <text>', 'what happened since the last check-in')
    .option('--date <date>', 'when (default today)')
    .option('--status <status>', GOAL_STATUSES.join(' | '))
    .option('--json', 'print the goal as JSON')
    .description('record progress (a first check-in makes a planned goal active)')
    .action(
      async (
        id: string,
        flags: { progress: string; note?: string; date?: string; status?: string; json?: boolean },
        cmd: Command,
      ) => {
        const progress = Number(flags.progress);
        if (!/^\d+$/.test(flags.progress.trim()) || progress > 100)
          throw new UsageError(`--progress: "${flags.progress}" is not a whole number from 0 to 100`);
        await ctx.session(cmd, async ({ services, actor, io }) => {
          const today = services.context.today();
          const saved = await services.goals.checkIn(actor, id, {
            progress,
            ...(flags.note ? { note: flags.note } : {}),
            ...(flags.date ? { date: parseDateInput(flags.date, today, 'date') } : {}),
            ...(flags.status ? { status: flags.status } : {}),
          });
          if (flags.json) printJson(io, await services.goals.get(actor, saved.id));
          else say(io, `Checked in on ${saved.title}: ${progress}% (${saved.status}).`);
        });
      },
    );

  goal
    .command('link')
    .argument('<id>', 'the goal id (or its last characters)')
    .argument('<entries...>', 'log entry ids (or their last 8 characters)')
    .option('--remove', 'unlink them instead')
    .description('link log entries to a goal as its evidence')
    .action(async (id: string, entries: string[], flags: { remove?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const saved = await services.goals
          .link(actor, id, flags.remove ? { remove: entries } : { add: entries })
          .catch((error: unknown) => {
            // The service names its field (entryIds); here they are the positional <entries>, not a flag.
            if (error instanceof DomainError && error.details.every((d) => d.path.startsWith('entryIds')))
              throw new UsageError(`entries: ${error.details.map((d) => d.message).join('; ')}`);
            throw error;
          });
        say(
          io,
          `${saved.title}: ${saved.entryIds.length} linked entr${saved.entryIds.length === 1 ? 'y' : 'ies'}.`,
        );
      });
    });

  goal
    .command('suggest')
    .description('goals suggested from your gap list, about one per quarter')
    .option('--json', 'machine-readable output')
    .action(async (flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const suggestions = await services.goals.suggest(actor);
        if (flags.json) printJson(io, suggestions);
        else io.stdout.write(renderSuggestions(suggestions));
      });
    });

  registerRemoveRestore(ctx, goal, 'goal', (s, id, deleted) =>
    deleted ? s.services.goals.remove(s.actor, id) : s.services.goals.restore(s.actor, id),
  );
}
