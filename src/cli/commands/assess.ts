/** `promocase assess` and `promocase gaps`: ratings per competency, their history, self vs manager, the gap list. */
import type { Command } from 'commander';
import { parseDateInput } from '../../core/dates.js';
import { QUALIFIERS, RATERS } from '../../core/people/people-vocabulary.js';
import type { CommandContext } from '../command-context.js';
import { collectWhole } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import {
  renderAssessmentList,
  renderComparison,
  renderGapList,
  renderHistory,
} from '../printers/assessment-printers.js';
import { askSelect, askText } from '../prompts.js';
import type { Session } from '../session.js';
import { registerRemoveRestore } from './remove-restore.js';

interface AssessFlags {
  rater?: string;
  date?: string;
  rate: string[];
  note: string[];
  takes: string[];
  json?: boolean;
}

interface RatingDraft {
  competency: string;
  level?: string;
  qualifier?: string;
  note?: string;
  whatItTakes?: string;
}

/** `--rate system-design=senior:working-towards` -> a rating; the qualifier defaults to meets. */
function parseRate(value: string): RatingDraft {
  const m = /^([a-z0-9-]+)=([a-z0-9-]+)(?::([a-z-]+))?$/.exec(value.trim());
  if (!m)
    throw new UsageError(
      `--rate: "${value}" is not competency=level[:qualifier] (e.g. --rate system-design=senior:working-towards)`,
    );
  return { competency: m[1]!, level: m[2]!, ...(m[3] ? { qualifier: m[3] } : {}) };
}

/** `--note craft="Solid reviews"` -> [craft, text]. */
function parsePair(flag: string, value: string): [string, string] {
  const at = value.indexOf('=');
  if (at <= 0) throw new UsageError(`${flag}: "${value}" is not competency=text`);
  return [value.slice(0, at).trim(), value.slice(at + 1).trim()];
}

function ratingsFromFlags(flags: AssessFlags): RatingDraft[] {
  const ratings = flags.rate.map(parseRate);
  for (const [flag, values, field] of [
    ['--note', flags.note, 'note'],
    ['--takes', flags.takes, 'whatItTakes'],
  ] as const) {
    for (const value of values) {
      const [competency, text] = parsePair(flag, value);
      const rating = ratings.find((r) => r.competency === competency);
      if (!rating) throw new UsageError(`${flag}: "${competency}" has no --rate ${competency}=LEVEL`);
      rating[field] = text;
    }
  }
  return ratings;
}

/** Asks for each competency of the framework in turn; "skip" leaves it unrated. */
async function askRatings(s: Session): Promise<RatingDraft[]> {
  const profile = await s.services.profile.get(s.actor);
  const framework = await s.services.frameworks.get(s.actor, profile.framework);
  const ratings: RatingDraft[] = [];
  for (const c of framework.competencies) {
    const level = await askSelect(`${c.name}: level`, ['skip', ...framework.levels.map((l) => l.id)], 'skip');
    if (level === 'skip') continue;
    const qualifier = await askSelect(`${c.name}: at ${level}`, QUALIFIERS, 'meets');
    const note = await askText(`${c.name}: note (optional)`);
    const whatItTakes = await askText(`${c.name}: what would it take to move up? (optional)`);
    ratings.push({ competency: c.id, level, qualifier, note, whatItTakes });
  }
  if (ratings.length === 0) throw new UsageError('no competency rated; nothing was saved');
  return ratings;
}

/**
 * Ratings are measured against the framework they were given in; after the profile moves to another one
 * they drop out of history, compare and gaps. Says so, so "not rated yet" does not read as lost data.
 */
async function noteOtherFrameworks(s: Session, current: string): Promise<void> {
  const counts = new Map<string, number>();
  for (const a of await s.services.assessments.list(s.actor)) {
    if (a.framework !== current) counts.set(a.framework, (counts.get(a.framework) ?? 0) + 1);
  }
  if (counts.size === 0) return;
  const parts = [...counts].map(([id, n], i) =>
    i === 0 ? `${n} assessment${n === 1 ? ' was' : 's were'} recorded against ${id}` : `${n} against ${id}`,
  );
  const only = counts.size === 1 ? [...counts.keys()][0]! : 'ID';
  say(
    s.io,
    `Note: ${parts.join(' and ')}, not ${current} (your profile's framework), and are not counted here; \`promocase profile --framework ${only}\` counts them again.`,
  );
}

export function registerAssessCommands(program: Command, ctx: CommandContext): void {
  const assess = program
    .command('assess')
    .description("rate each competency (yours, or your manager's from the 1:1); history, self vs manager")
    .addHelpText(
      'after',
      `
Examples:
  promocase assess --rater manager --rate system-design=mid:exceeds --takes system-design="Own a design doc end to end"
  promocase assess list
  promocase assess history --competency system-design
  promocase assess compare
  promocase gaps`,
    );

  assess
    .command('record', { isDefault: true })
    .description('record ratings (asks per competency on a terminal; --rate for scripts)')
    .option('--rater <rater>', `who rated: ${RATERS.join(' | ')}`, 'self')
    .option('--date <date>', 'when the rating was given (default today)')
    .option(
      '--rate <competency=level[:qualifier]>',
      `a rating; qualifier: ${QUALIFIERS.join(' | ')}`,
      collectWhole,
      [],
    )
    .option('--note <competency=text>', 'a note on one rating', collectWhole, [])
    .option(
      '--takes <competency=text>',
      '"what it would take to move up", in the rater\'s words',
      collectWhole,
      [],
    )
    .option('--json', 'print the saved assessment as JSON')
    .action(async (flags: AssessFlags, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        let ratings = ratingsFromFlags(flags);
        if (ratings.length === 0) {
          if (!s.io.isTTY)
            throw new UsageError(
              '--rate: give at least one rating, e.g. --rate craft=mid:exceeds (or run on a terminal)',
            );
          ratings = await askRatings(s);
        }
        const today = s.services.context.today();
        const saved = await s.services.assessments.record(s.actor, {
          rater: flags.rater,
          ...(flags.date ? { date: parseDateInput(flags.date, today, 'date') } : {}),
          ratings,
        });
        if (flags.json) printJson(s.io, saved);
        else
          say(
            s.io,
            `Recorded ${saved.rater === 'self' ? 'your' : "your manager's"} ratings of ${saved.ratings.length} competenc${saved.ratings.length === 1 ? 'y' : 'ies'} on ${saved.date}.`,
          );
      });
    });

  assess
    .command('list')
    .description('every assessment with its id, newest first (the ids `assess rm` takes)')
    .option('--deleted', 'include deleted ones (the ids `assess restore` takes)')
    .option('--json', 'machine-readable output')
    .action(async (flags: { deleted?: boolean; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const list = await services.assessments.list(actor, {
          deleted: flags.deleted ? 'include' : 'exclude',
        });
        if (flags.json) printJson(io, list);
        else io.stdout.write(renderAssessmentList(list));
      });
    });

  assess
    .command('history')
    .description('every rating per competency over time, and where each rater is heading')
    .option('-c, --competency <id>', 'only this competency')
    .option('--json', 'machine-readable output')
    .action(async (flags: { competency?: string; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        const { services, actor, io } = s;
        const history = await services.assessments.history(actor, flags.competency);
        if (flags.competency && history.competencies.length === 0)
          throw new UsageError(
            `--competency: "${flags.competency}" is not a competency of ${history.framework.name}`,
          );
        if (flags.json) return printJson(io, history);
        io.stdout.write(renderHistory(history));
        await noteOtherFrameworks(s, history.framework.id);
      });
    });

  assess
    .command('compare')
    .description("your ratings next to your manager's, largest disagreements first")
    .option('--json', 'machine-readable output')
    .action(async (flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        const comparison = await s.services.assessments.compare(s.actor);
        if (flags.json) return printJson(s.io, comparison);
        s.io.stdout.write(renderComparison(comparison));
        await noteOtherFrameworks(s, comparison.framework.id);
      });
    });

  registerRemoveRestore(ctx, assess, 'assessment', (s, id, deleted) =>
    deleted ? s.services.assessments.remove(s.actor, id) : s.services.assessments.restore(s.actor, id),
  );

  program
    .command('gaps')
    .description('competencies below your target level, furthest first, with what the target asks for')
    .option('--json', 'machine-readable output')
    .action(async (flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        const { services, actor, io } = s;
        const gaps = await services.assessments.gaps(actor);
        if (flags.json) return printJson(io, gaps);
        const framework = await services.frameworks.get(actor, gaps.framework.id);
        io.stdout.write(renderGapList(gaps, new Map(framework.competencies.map((c) => [c.id, c.name]))));
        await noteOtherFrameworks(s, gaps.framework.id);
      });
    });
}
