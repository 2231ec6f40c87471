/** `promocase feedback`: peer feedback received (specific or generic, and why) and the kit to ask for more. */
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import { RELATIONSHIPS } from '../../core/people/people-vocabulary.js';
import type { CommandContext } from '../command-context.js';
import { collect } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import { renderFeedback, renderFeedbackList, renderRequestKit } from '../printers/feedback-printers.js';
import { registerRemoveRestore } from './remove-restore.js';

interface AddFlags {
  from: string;
  relationship?: string;
  date?: string;
  work?: string;
  entry?: string[];
  json?: boolean;
}

interface EditFlags {
  text?: string;
  from?: string;
  relationship?: string;
  date?: string;
  work?: string;
  entry?: string[];
  json?: boolean;
}

export function registerFeedbackCommands(program: Command, ctx: CommandContext): void {
  const feedback = program
    .command('feedback')
    .description('peer feedback: record what you received, see if it is specific, ask for more')
    .addHelpText(
      'after',
      `
Examples:
  promocase feedback add "In the March outage review she walked us through..." --from "Dana Lee" --relationship cross-team
  promocase feedback list
  promocase feedback edit 1a2b3c4d --work "March outage" --entry 9f8e7d6c
  promocase feedback request`,
    );

  feedback
    .command('add')
    .argument('<text>', 'the feedback, as written (use - to read it from stdin)')
    .requiredOption('--from <name>', 'who gave it')
    .option('--relationship <kind>', RELATIONSHIPS.join(' | '))
    .option('--date <date>', 'when it was given (default today)')
    .option('--work <text>', 'the work it speaks to (a project, a launch, an incident)')
    .option('--entry <id>', 'a log entry it speaks to (repeat or comma-separate)', collect)
    .option('--json', 'print the saved feedback as JSON')
    .description('record feedback you received from a peer')
    .action(async (text: string, flags: AddFlags, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const body = text === '-' ? await io.readStdin() : text;
        const today = services.context.today();
        const entryIds = await resolveEntries(
          flags.entry ?? [],
          (id) => services.entries.get(actor, id).then((e) => e.id),
          () => services.entries.listSummaries(actor, {}),
        );
        const saved = await services.peerFeedback.record(actor, {
          text: body,
          from: flags.from,
          ...(flags.relationship ? { relationship: flags.relationship } : {}),
          ...(flags.date ? { date: parseDateInput(flags.date, today, 'date') } : {}),
          ...(flags.work ? { work: flags.work } : {}),
          entryIds,
        });
        const view = await services.peerFeedback.get(actor, saved.id);
        if (flags.json) printJson(io, view);
        else {
          say(io, `Recorded feedback from ${saved.from} (${saved.date}).`);
          io.stdout.write(renderFeedback(view));
        }
      });
    });

  feedback
    .command('list')
    .description('feedback received, each judged specific or generic')
    .option('--deleted', 'include deleted ones')
    .option('--json', 'machine-readable output')
    .action(async (flags: { deleted?: boolean; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const list = await services.peerFeedback.list(actor, {
          deleted: flags.deleted ? 'include' : 'exclude',
        });
        if (flags.json) printJson(io, list);
        else io.stdout.write(renderFeedbackList(list));
      });
    });

  feedback
    .command('show')
    .argument('<id>', 'the feedback id (or its last characters)')
    .option('--json', 'machine-readable output')
    .description('one piece of feedback with the reasons it reads as specific or generic')
    .action(async (id: string, flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const view = await services.peerFeedback.get(actor, id);
        if (flags.json) printJson(io, view);
        else io.stdout.write(renderFeedback(view));
      });
    });

  feedback
    .command('edit')
    .argument('<id>', 'the feedback id (or its last characters)')
    .option('--text <text>', 'the feedback, as written (- to read it from stdin)')
    .option('--from <name>', 'who gave it')
    .option('--relationship <kind>', RELATIONSHIPS.join(' | '))
    .option('--date <date>', 'when it was given')
    .option('--work <text>', 'the work it speaks to (empty to clear)')
    .option(
      '--entry <id>',
      'the log entries it speaks to, replacing the linked ones (empty to clear)',
      collect,
    )
    .option('--json', 'print the feedback as JSON')
    .description('correct a piece of feedback: given flags replace what was recorded')
    .action(async (id: string, flags: EditFlags, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const today = services.context.today();
        const changes: Record<string, unknown> = {
          ...(flags.text !== undefined
            ? { text: flags.text === '-' ? await io.readStdin() : flags.text }
            : {}),
          ...(flags.from !== undefined ? { from: flags.from } : {}),
          ...(flags.relationship !== undefined ? { relationship: flags.relationship } : {}),
          ...(flags.date !== undefined ? { date: parseDateInput(flags.date, today, 'date') } : {}),
          ...(flags.work !== undefined ? { work: flags.work } : {}),
        };
        if (flags.entry)
          changes.entryIds = await resolveEntries(
            flags.entry,
            (e) => services.entries.get(actor, e).then((x) => x.id),
            () => services.entries.listSummaries(actor, {}),
          );
        if (Object.keys(changes).length === 0)
          throw new UsageError('give at least one field to change (see --help)');
        const saved = await services.peerFeedback.update(actor, id, changes);
        if (flags.json) printJson(io, await services.peerFeedback.get(actor, saved.id));
        else say(io, `Updated the feedback from ${saved.from} (${saved.date}, ${saved.id.slice(-8)}).`);
      });
    });

  feedback
    .command('request')
    .description('whom to ask for feedback on your weakest competencies, with a request text for each')
    .option('--limit <n>', 'how many people to suggest (default 6)')
    .option('--json', 'machine-readable output')
    .action(async (flags: { limit?: string; json?: boolean }, cmd: Command) => {
      const limit = flags.limit === undefined ? undefined : Number(flags.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 20))
        throw new UsageError(`--limit: "${flags.limit}" is not a whole number from 1 to 20`);
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const kit = await services.peerFeedback.requestKit(actor, { limit });
        if (flags.json) printJson(io, kit);
        else io.stdout.write(renderRequestKit(kit));
      });
    });

  registerRemoveRestore(ctx, feedback, 'peer feedback', (s, id, deleted) =>
    deleted ? s.services.peerFeedback.remove(s.actor, id) : s.services.peerFeedback.restore(s.actor, id),
  );
}

/** Entry ids as given, or the last characters the CLI shows. */
async function resolveEntries(
  given: readonly string[],
  exact: (id: string) => Promise<string>,
  all: () => Promise<ReadonlyArray<{ id: string }>>,
): Promise<string[]> {
  const out: string[] = [];
  for (const id of given) {
    const found = await exact(id).catch(() => undefined);
    if (found) {
      out.push(found);
      continue;
    }
    const matches = (await all()).filter((e) => e.id.endsWith(id));
    if (matches.length !== 1)
      throw new UsageError(
        `--entry: ${matches.length ? `"${id}" matches several entries` : `no entry with id "${id}"`}`,
      );
    out.push(matches[0]!.id);
  }
  return out;
}
