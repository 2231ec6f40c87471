/** `list`, `show`, `edit`, `rm`, `restore`: finding and keeping the work log tidy. */
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import { renderEntriesMarkdown, renderEntryMarkdown } from '../../core/entries/entries-markdown.js';
import type { Entry, EntryFields } from '../../core/entries/entry.js';
import { DomainError } from '../../core/errors.js';
import type { CommandContext } from '../command-context.js';
import { addEntryOptions, type EntryFlagValues, entryInputFromFlags } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, resolveFormat, say } from '../output.js';
import { renderEntryCard, renderEntryTable, shortId } from '../printers/entry-printers.js';
import { askConfirm } from '../prompts.js';
import type { Session } from '../session.js';

interface ListFlags {
  since?: string;
  until?: string;
  kind?: string;
  competency?: string;
  project?: string;
  tag?: string;
  search?: string;
  deleted?: boolean;
  limit?: string;
  json?: boolean;
  format?: string;
}

/**
 * Finds an entry from what a person typed: the full id, or the short id shown in lists (its end).
 * Deleted entries are included so `restore` can find them.
 */
async function resolveEntry({ services, actor }: Session, given: string): Promise<Entry> {
  const exact = await services.entries.get(actor, given).catch((e) => {
    if (e instanceof DomainError && e.code === 'not_found') return undefined;
    throw e;
  });
  if (exact) return exact;
  if (given.length >= 4) {
    const all = await services.entries.list(actor, { deleted: 'include' });
    const matches = all.filter((e) => e.id.endsWith(given));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw new DomainError(
        'invalid_input',
        `id "${given}" matches ${matches.length} entries; type more of it`,
        [{ path: 'id', message: 'ambiguous short id' }],
      );
    }
  }
  throw new DomainError('not_found', `no entry with id "${given}" (see promocase list)`, [
    { path: 'id', message: 'no such entry' },
  ]);
}

export function registerEntryCommands(program: Command, ctx: CommandContext): void {
  program
    .command('list')
    .alias('ls')
    .argument('[search...]', 'words to search for in title, details, impact, project, people and tags')
    .description('list and search your entries, newest first')
    .option('--since <date>', 'from this date (2026-09-01, "30 days ago")')
    .option('--until <date>', 'up to this date')
    .option('-k, --kind <kind>', 'only this kind')
    .option('-c, --competency <id>', 'only entries tagged with this competency')
    .option('-p, --project <name>', 'only this project (case is ignored)')
    .option('-t, --tag <tag>', 'only entries with this tag ("Perf Work" finds perf-work)')
    .option('--deleted', 'list deleted entries (to restore them)')
    .option('-n, --limit <n>', 'at most this many')
    .option('--json', 'machine-readable output')
    .option('-f, --format <format>', 'table | json | markdown', 'table')
    .addHelpText(
      'after',
      '\nExamples:\n  promocase list --since "90 days ago" --kind design\n  promocase list billing migration --format markdown',
    )
    .action(async (words: string[], flags: ListFlags, cmd: Command) => {
      const format = resolveFormat(flags);
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const today = services.context.today();
        const filter: Record<string, unknown> = {};
        if (flags.since) filter.since = parseDateInput(flags.since, today, 'since');
        if (flags.until) filter.until = parseDateInput(flags.until, today, 'until');
        for (const key of ['kind', 'competency', 'project', 'tag'] as const)
          if (flags[key]) filter[key] = flags[key];
        if (words.length) filter.text = words.join(' ');
        if (flags.deleted) filter.deleted = 'only';
        if (flags.limit !== undefined) {
          if (!/^\d+$/.test(flags.limit))
            throw new UsageError(`--limit: "${flags.limit}" is not a whole number`);
          filter.limit = Number(flags.limit);
        }
        if (format === 'table')
          io.stdout.write(renderEntryTable(await services.entries.listSummaries(actor, filter)));
        else {
          const entries = await services.entries.list(actor, filter);
          io.stdout.write(
            format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : renderEntriesMarkdown(entries),
          );
        }
      });
    });

  program
    .command('show')
    .argument('<id>', 'entry id (the short id from list works)')
    .description('show one entry in full')
    .option('--json', 'machine-readable output')
    .option('-f, --format <format>', 'table | json | markdown', 'table')
    .action(async (id: string, flags: { json?: boolean; format?: string }, cmd: Command) => {
      const format = resolveFormat(flags);
      await ctx.session(cmd, async (s) => {
        const entry = await resolveEntry(s, id);
        if (format === 'json') printJson(s.io, entry);
        else if (format === 'markdown') s.io.stdout.write(renderEntryMarkdown(entry, 2));
        else s.io.stdout.write(renderEntryCard(entry));
      });
    });

  addEntryOptions(
    program
      .command('edit')
      .argument('<id>', 'entry id')
      .description('change an entry: flags change those fields; without flags it opens $EDITOR')
      .option('--title <text>', 'new title')
      .option('-e, --edit', 'open $EDITOR on the whole entry')
      .option('--json', 'print the updated entry as JSON')
      .addHelpText(
        'after',
        '\nExamples:\n  promocase edit 3f9a2b1c --impact "p95 800ms -> 300ms" --scope team\n  promocase edit 3f9a2b1c --edit',
      ),
  ).action(
    async (
      id: string,
      flags: EntryFlagValues & { title?: string; edit?: boolean; json?: boolean },
      cmd: Command,
    ) => {
      await ctx.session(cmd, async (s) => {
        const entry = await resolveEntry(s, id);
        const changes = entryInputFromFlags(flags, s.services.context.today());
        if (flags.title !== undefined) changes.title = flags.title;
        const useEditor = flags.edit || (Object.keys(changes).length === 0 && s.io.isTTY);
        if (!useEditor && Object.keys(changes).length === 0) {
          throw new UsageError(
            'edit: nothing to change; give field flags (see promocase edit --help) or --edit',
          );
        }
        const updated = useEditor
          ? await editInEditor(s, entry, changes)
          : await s.services.entries.update(s.actor, entry.id, changes);
        if (flags.json) printJson(s.io, updated);
        else say(s.io, `Updated ${shortId(updated.id)}: ${updated.title}`);
      });
    },
  );

  program
    .command('rm')
    .argument('<id>', 'entry id')
    .description('delete an entry (restorable with promocase restore)')
    .option('-y, --yes', 'do not ask for confirmation (needed in scripts)')
    .action(async (id: string, flags: { yes?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        const entry = await resolveEntry(s, id);
        if (!flags.yes) {
          if (!s.io.isTTY) throw new UsageError('rm: confirm with --yes (no terminal to ask on)');
          if (!(await askConfirm(`Delete "${entry.title}" (${entry.date})? It can be restored later.`))) {
            say(s.io, 'Kept.');
            return;
          }
        }
        await s.services.entries.remove(s.actor, entry.id);
        say(
          s.io,
          `Deleted ${shortId(entry.id)}: ${entry.title}. Undo with: promocase restore ${shortId(entry.id)}`,
        );
      });
    });

  program
    .command('restore')
    .argument('<id>', 'id of a deleted entry (promocase list --deleted)')
    .description('bring back a deleted entry')
    .action(async (id: string, _flags: object, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        const entry = await resolveEntry(s, id);
        await s.services.entries.restore(s.actor, entry.id);
        say(s.io, `Restored ${shortId(entry.id)}: ${entry.title}`);
      });
    });
}

async function editInEditor(s: Session, entry: Entry, changes: Record<string, unknown>): Promise<Entry> {
  const { id: _i, ownerId: _o, source: _s, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = entry;
  // Loaded only for --edit (it takes node:child_process): list and show start faster without it.
  const { saveEditedEntry } = await import('../edit-entry-text.js');
  return saveEditedEntry(s, { ...fields, ...changes } as EntryFields, (input) =>
    s.services.entries.update(s.actor, entry.id, input),
  );
}
