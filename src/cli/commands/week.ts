/** `promocase week`: the Friday ritual. What shipped, what was decided, who was helped, what it changed. */
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import { DomainError } from '../../core/errors.js';
import type { CommandContext } from '../command-context.js';
import { collectWhole } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import { renderEntryTable, renderStreak } from '../printers/entry-printers.js';
import { renderNextActions } from '../printers/readiness-printers.js';
import { askLines, askText } from '../prompts.js';

interface WeekFlags {
  shipped?: string[];
  decision?: string[];
  helped?: string[];
  impact?: string[];
  project?: string;
  date?: string;
  json?: boolean;
  /** true: --suggest, false: --no-suggest, undefined: suggest on a terminal only. */
  suggest?: boolean;
}

interface Ritual {
  shipped: { title: string; impact: string }[];
  decisions: string[];
  helped: { name: string; how: string }[];
}

export function registerWeekCommand(program: Command, ctx: CommandContext): void {
  program
    .command('week')
    .description("the Friday ritual: log the week's wins in five minutes and see your streak")
    .option('--shipped <text>', 'something that shipped (repeatable)', collectWhole)
    .option(
      '--impact <text>',
      'the impact of the --shipped item in the same position (repeatable)',
      collectWhole,
    )
    .option('--decision <text>', 'a decision you made or drove (repeatable)', collectWhole)
    .option('--helped <"name: how">', 'someone you helped and how (repeatable)', collectWhole)
    .option('-p, --project <name>', "project for all of this week's entries")
    .option('-d, --date <date>', "date for the week's entries (default today)")
    .option('--json', 'print the created entries and the streak as JSON')
    .option(
      '--suggest',
      'fill competencies and scope of the new entries from their text (confirmed on a terminal)',
    )
    .option('--no-suggest', 'on a terminal: do not suggest competencies and scope')
    .addHelpText(
      'after',
      `
With no flags on a terminal it asks; with no flags in a script it shows the streak.

Examples:
  promocase week
  promocase week --shipped "Launched saved carts" --impact "12% of carts restored" \\
                 --decision "Chose Postgres over Dynamo for the ledger" --helped "Jordan Lee: paired on the retry logic"`,
    )
    .action(async (flags: WeekFlags, cmd: Command) => {
      await ctx.session(cmd, async (session) => {
        const { services, actor, io } = session;
        const today = services.context.today();
        const date = flags.date ? parseDateInput(flags.date, today, 'date') : today;
        const given = Boolean(flags.shipped || flags.decision || flags.helped);
        if (flags.impact && flags.impact.length > (flags.shipped?.length ?? 0)) {
          throw new UsageError(
            '--impact: each --impact belongs to the --shipped item in the same position; there are more impacts than shipped items',
          );
        }
        const ritual = given ? ritualFromFlags(flags) : io.isTTY ? await askRitual() : undefined;
        const inputs = ritual ? ritualEntries(ritual, date, flags.project) : [];
        // The analysis engine loads only when suggestions are wanted (see `log`).
        if (inputs.length && (io.isTTY ? flags.suggest !== false : flags.suggest === true))
          await (await import('../suggest-entry-fields.js')).suggestForBatch(session, inputs);
        const created = inputs.length
          ? await services.entries.createMany(actor, inputs).catch((error: unknown) => {
              throw ritual ? withFlagNames(error, ritualSources(ritual)) : error;
            })
          : [];
        const streak = await services.entries.streak(actor);
        // Without a profile there is no target to aim the actions at; the ritual still works.
        const next = (await services.profile.find(actor))
          ? (await services.readiness.assess(actor)).nextActions
          : undefined;
        if (flags.json) {
          printJson(io, { created, streak, ...(next ? { nextActions: next } : {}) });
          return;
        }
        if (created.length) io.stdout.write(renderEntryTable(created));
        else if (ritual) say(io, 'Nothing to log this time.');
        io.stdout.write(renderStreak(streak));
        if (next) io.stdout.write(`\n${renderNextActions({ nextActions: next })}`);
      });
    });
}

function ritualFromFlags(f: WeekFlags): Ritual {
  return {
    shipped: (f.shipped ?? []).map((title, i) => ({ title, impact: f.impact?.[i] ?? '' })),
    decisions: f.decision ?? [],
    helped: (f.helped ?? []).map(parseHelped),
  };
}

/** "Jordan Lee: paired on retries" -> name and how; without a colon the whole text is the name. */
function parseHelped(text: string): { name: string; how: string } {
  const at = text.indexOf(':');
  if (at < 0) return { name: text.trim(), how: '' };
  return { name: text.slice(0, at).trim(), how: text.slice(at + 1).trim() };
}

async function askRitual(): Promise<Ritual> {
  const shipped = [];
  // The impact is asked right after each item, while the person still has it in mind.
  for (;;) {
    const title = await askText(
      shipped.length ? 'What else shipped? (Enter when done)' : 'What shipped this week? (Enter to skip)',
    );
    if (!title) break;
    shipped.push({ title, impact: await askText('What impact did it have? Numbers help (Enter to skip)') });
  }
  const decisions = await askLines('Which decisions did you make or drive?');
  const helped = (await askLines('Who did you help, and how? ("name: how")')).map(parseHelped);
  return { shipped, decisions, helped };
}

interface EntrySource {
  flag: '--shipped' | '--decision' | '--helped';
  text: string;
  impact?: string;
}

/** What each of the ritual's entries was made from, in the order of ritualEntries. */
function ritualSources(r: Ritual): EntrySource[] {
  return [
    ...r.shipped.map((s): EntrySource => ({ flag: '--shipped', text: s.title, impact: s.impact })),
    ...r.decisions.map((d): EntrySource => ({ flag: '--decision', text: d })),
    ...r.helped.map((h): EntrySource => ({ flag: '--helped', text: h.how ? `${h.name}: ${h.how}` : h.name })),
  ];
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * The service names an invalid entry by its place in the batch ("entries[1].title"); the person
 * typed a --decision. Says which flag and which text instead.
 */
function withFlagNames(error: unknown, sources: readonly EntrySource[]): unknown {
  if (!(error instanceof DomainError)) return error;
  const first = error.details[0];
  const at = first && /^entries\[(\d+)\]\.(\w+)/.exec(first.path);
  const source = at ? sources[Number(at[1])] : undefined;
  if (!first || !at || !source) return error;
  return new DomainError(error.code, flagged(source, at[2]!, first.message), error.details);
}

/** The problem, named by what the person typed that holds the field: the flag and its text. */
function flagged(source: EntrySource, field: string, problem: string): string {
  const typed = `${source.flag} "${clip(source.text)}"`;
  switch (field) {
    case 'title':
      return `${typed}: ${problem}`;
    case 'impact':
      return `--impact "${clip(source.impact ?? '')}": ${problem}`;
    case 'peopleHelped':
      return `${typed}: the name ${problem}`;
    case 'project':
      return `--project: ${problem}`;
    default:
      return `${typed}: ${field}: ${problem}`;
  }
}

function ritualEntries(r: Ritual, date: string, project: string | undefined): Record<string, unknown>[] {
  const common = { date, ...(project ? { project } : {}) };
  return [
    ...r.shipped.map((s) => ({ ...common, title: s.title, impact: s.impact, kind: 'feature' })),
    ...r.decisions.map((d) => ({ ...common, title: d, kind: 'design' })),
    ...r.helped.map((h) => ({
      ...common,
      title: h.how ? `Helped ${h.name}: ${h.how}` : `Helped ${h.name}`,
      peopleHelped: [h.name],
      kind: 'mentoring',
    })),
  ];
}
