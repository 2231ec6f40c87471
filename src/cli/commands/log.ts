/** `promocase log`: capture one win in one line, or in $EDITOR with --edit. */
import type { Command } from 'commander';
import { type CreateEntryInput, type Entry, entryFieldsWithDefaults } from '../../core/entries/entry.js';
import type { CommandContext } from '../command-context.js';
import { addEntryOptions, type EntryFlagValues, entryInputFromFlags } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import { shortId } from '../printers/entry-printers.js';
import type { Session } from '../session.js';

interface LogFlags extends EntryFlagValues {
  edit?: boolean;
  json?: boolean;
  /** true: --suggest, false: --no-suggest, undefined: the default (suggest on a terminal only). */
  suggest?: boolean;
}

export function registerLogCommand(program: Command, ctx: CommandContext): void {
  addEntryOptions(
    program
      .command('log')
      .argument('[title...]', 'what you did, in one line')
      .description('log a win, decision or contribution')
      .option('-e, --edit', 'write the entry in $EDITOR (the text is kept if saving fails)')
      .option('--json', 'print the created entry as JSON')
      .option(
        '--suggest',
        'fill kind, competencies and scope you did not give from the text (shown on a terminal)',
      )
      .option('--no-suggest', 'on a terminal: do not suggest kind, competencies and scope')
      .addHelpText(
        'after',
        `
Examples:
  promocase log "Led the billing migration cutover"
  promocase log "Wrote the caching RFC" --kind design --competency system-design --project checkout
  promocase log "Cut p95 from 800ms to 300ms" --impact "checkout conversion +0.4%" --date "last friday"
  promocase log "Paired with Lena on the flaky checkout tests" --suggest
  promocase log --edit`,
      ),
  ).action(async (words: string[], flags: LogFlags, cmd: Command) => {
    if (flags.edit && flags.suggest === true)
      throw new UsageError(
        '--suggest goes with a title on the command line, not --edit (the editor shows every field)',
      );
    await ctx.session(cmd, async (session) => {
      const today = session.services.context.today();
      const input = entryInputFromFlags(flags, today);
      const title = words.join(' ').trim();
      if (title) input.title = title;
      const entry = flags.edit
        ? await logInEditor(session, input, today)
        : await logDirect(session, input, flags.suggest);
      if (flags.json) printJson(session.io, entry);
      else say(session.io, `Logged ${shortId(entry.id)} on ${entry.date}: ${entry.title}`);
    });
  });
}

async function logDirect(
  session: Session,
  input: Record<string, unknown>,
  suggest: boolean | undefined,
): Promise<Entry> {
  if (input.title === undefined)
    throw new UsageError('log needs a title: promocase log "what you did" (or --edit)');
  // The analysis engine is loaded only when asked for: the plain `log` in a script stays fast.
  if (session.io.isTTY ? suggest !== false : suggest === true) {
    const suggestions = await import('../suggest-entry-fields.js');
    if (session.io.isTTY) await suggestions.reviewSuggestions(session, input);
    else await suggestions.applySuggestions(session, input);
  }
  return session.services.entries.create(session.actor, input);
}

async function logInEditor(session: Session, input: Record<string, unknown>, today: string): Promise<Entry> {
  const start = entryFieldsWithDefaults({ title: '', ...input } as CreateEntryInput, today);
  // Loaded only for --edit: starting an editor takes node:child_process, which every other log would load for nothing.
  const { saveEditedEntry } = await import('../edit-entry-text.js');
  return saveEditedEntry(session, start, (edited) => session.services.entries.create(session.actor, edited));
}
