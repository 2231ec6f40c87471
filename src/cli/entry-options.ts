/** The flags that set entry fields, shared by `log` and `edit`, and their translation into service input. */
import type { Command } from 'commander';
import { parseDateInput } from '../core/dates.js';
import { ENTRY_KINDS, ENTRY_SCOPES, VISIBILITIES } from '../core/entries/entry-vocabulary.js';

/** Repeatable list flag: `--tag a --tag b` and `--tag a,b` both give ['a', 'b']. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** Repeatable flag whose values may contain commas (names are fine, sentences are not split). */
export function collectWhole(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export interface EntryFlagValues {
  date?: string;
  details?: string;
  impact?: string;
  helped?: string[];
  with?: string[];
  kind?: string;
  competency?: string[];
  scope?: string;
  link?: string[];
  project?: string;
  tag?: string[];
  visibility?: string;
}

export function addEntryOptions(cmd: Command): Command {
  return cmd
    .option('-d, --date <date>', 'when it happened: 2026-11-20, today, yesterday, "last friday"')
    .option('--details <text>', 'what I did, decisions made (Markdown)')
    .option('--impact <text>', 'the outcome, with numbers where you have them')
    .option('--helped <name>', 'someone you helped (repeatable, or comma-separated)', collect)
    .option('--with <name>', 'a collaborator (repeatable, or comma-separated)', collect)
    .option('-k, --kind <kind>', `one of: ${ENTRY_KINDS.join(', ')}`)
    .option('-c, --competency <id>', 'competency id, e.g. system-design (repeatable)', collect)
    .option('-s, --scope <scope>', `one of: ${ENTRY_SCOPES.join(', ')}`)
    .option(
      '--link <url>',
      'a link to the PR, doc or dashboard (repeatable; URLs may contain commas)',
      collectWhole,
    )
    .option('-p, --project <name>', 'the project it belongs to ("" for none)')
    .option(
      '-t, --tag <tag>',
      'a tag in your words, any language; "Perf Work" is kept as perf-work (repeatable, or comma-separated)',
      collect,
    )
    .option('--visibility <v>', `one of: ${VISIBILITIES.join(', ')} (default private)`);
}

/** Only the fields the user gave, so `edit` changes exactly those. */
export function entryInputFromFlags(flags: EntryFlagValues, today: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (flags.date !== undefined) input.date = parseDateInput(flags.date, today, 'date');
  if (flags.details !== undefined) input.details = flags.details;
  if (flags.impact !== undefined) input.impact = flags.impact;
  if (flags.helped) input.peopleHelped = flags.helped;
  if (flags.with) input.collaborators = flags.with;
  if (flags.kind !== undefined) input.kind = flags.kind;
  if (flags.competency) input.competencies = flags.competency;
  if (flags.scope !== undefined) input.scope = flags.scope;
  if (flags.link) input.links = flags.link;
  if (flags.project !== undefined) input.project = flags.project.trim() === '' ? null : flags.project;
  if (flags.tag) input.tags = flags.tag;
  if (flags.visibility !== undefined) input.visibility = flags.visibility;
  return input;
}
