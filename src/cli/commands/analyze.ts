/** `promocase analyze`: the batch analysis of a JSONL file, and suggestions for untagged entries. */
import type { Command } from 'commander';
import type { AnalysisItem } from '../../core/analysis/analyze-item.js';
import { type FieldProblem, invalidInput } from '../../core/errors.js';
import { BUILTIN_FRAMEWORK_ID } from '../../core/frameworks/builtin-ids.js';
import type { UntaggedSuggestion } from '../../services/analysis/suggest-untagged.js';
import type { Actor } from '../../services/context.js';
import type { Services } from '../../services/services.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { printJson, say } from '../output.js';
import { shortId } from '../printers/entry-printers.js';
import { readInputFile } from '../read-input.js';
import { parseOutFile, writeOutput } from '../write-output.js';

interface AnalyzeFlags {
  input?: string;
  out?: string;
  force?: boolean;
  untagged?: boolean;
  apply?: boolean;
  json?: boolean;
}

/**
 * Why --untagged found nothing: every entry is tagged, or the entries left without competencies are ones
 * the analysis cannot tag (their text gives nothing to go on, or the profile follows an imported framework).
 */
async function nothingToSuggest(services: Services, actor: Actor): Promise<string> {
  const [entries, profile] = await Promise.all([services.entries.list(actor), services.profile.find(actor)]);
  const untagged = entries.filter((e) => e.competencies.length === 0).length;
  if (untagged === 0) return 'Every entry has competencies: nothing to suggest.';
  const one = untagged === 1;
  const count = one ? '1 entry has no competencies' : `${untagged} entries have no competencies`;
  const framework = profile?.framework ?? BUILTIN_FRAMEWORK_ID;
  const why =
    framework === BUILTIN_FRAMEWORK_ID
      ? `${one ? 'its' : 'their'} text gives nothing to suggest from`
      : `suggestions use the built-in framework's competencies, and your profile follows ${framework}`;
  return `${count}, but ${why}: tag ${one ? 'it' : 'them'} yourself with \`promocase edit ID --competency ...\` (\`promocase list\` shows the ids).`;
}

/** Parses every line before analysing any: problems name the line (1-based) and the field. */
async function parseLines(text: string): Promise<AnalysisItem[]> {
  const { AnalysisItem } = await import('../../core/analysis/analyze-item.js');
  const { formatPath } = await import('../../core/validation.js');
  const items: AnalysisItem[] = [];
  const problems: FieldProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ path: where, message: `not JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ path: where, message: 'expected an object {"id", "type", "text"}' });
      return;
    }
    const result = AnalysisItem.safeParse(value);
    if (result.success) items.push(result.data);
    else {
      for (const issue of result.error.issues)
        problems.push({ path: `${where}: ${formatPath(issue.path)}`, message: issue.message });
    }
  });
  if (problems.length) throw invalidInput(problems);
  if (items.length === 0) throw invalidInput([{ path: '--input', message: 'the file holds no items' }]);
  return items;
}

async function analyzeFile(flags: AnalyzeFlags, io: CliIo): Promise<void> {
  const out = flags.out && flags.out !== '-' ? flags.out : undefined;
  const items = await parseLines(await readInputFile('--input', flags.input!, io));
  const { analyzeTexts } = await import('../../services/analysis/analyze-texts.js');
  const results = analyzeTexts(items, Number.POSITIVE_INFINITY);
  const text = results
    .map((r) => JSON.stringify(r))
    .join('\n')
    .concat('\n');
  if (out) {
    writeOutput(out, text, Boolean(flags.force));
    say(io, `Analysed ${results.length} item${results.length === 1 ? '' : 's'} into ${out}`);
  } else io.stdout.write(text);
}

function describeChanges(s: UntaggedSuggestion): string {
  const parts: string[] = [];
  if (s.changes.kind) parts.push(`kind ${s.changes.kind}`);
  if (s.changes.competencies.length) parts.push(`competencies ${s.changes.competencies.join(', ')}`);
  if (s.changes.scope) parts.push(`scope ${s.changes.scope}`);
  return parts.join('; ');
}

export function registerAnalyzeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('analyze')
    .description('analyse texts (a JSONL file) or suggest tags for your untagged entries')
    .option(
      '-i, --input <file>',
      'JSONL, one {"id", "type": "entry" | "peer-review" | "manager-feedback", "text"} a line (- is stdin)',
    )
    .option('-o, --out <file>', 'write the results (JSONL) to this file instead of stdout', parseOutFile)
    .option('--force', 'replace --out if it exists')
    .option('--untagged', 'suggest kind, competencies and scope for entries that have no competencies')
    .option('--apply', 'with --untagged: save the suggestions')
    .option('--json', 'with --untagged: print the suggestions as JSON')
    .addHelpText(
      'after',
      `
Examples:
  promocase analyze --input reviews.jsonl --out analysis.jsonl
  echo '{"id":"1","type":"manager-feedback","text":"You are almost there."}' | promocase analyze --input -
  promocase analyze --untagged
  promocase analyze --untagged --apply`,
    )
    .action(async (flags: AnalyzeFlags, cmd: Command) => {
      if (flags.input !== undefined && flags.untagged)
        throw new UsageError('--input and --untagged do different things: use one of them');
      if (flags.input !== undefined) {
        if (flags.apply) throw new UsageError('--apply goes with --untagged, not --input');
        if (flags.json) throw new UsageError('--json goes with --untagged; --input always writes JSON lines');
        await analyzeFile(flags, ctx.io);
        return;
      }
      if (!flags.untagged) throw new UsageError('analyze needs --input FILE or --untagged (see --help)');
      if (flags.out) throw new UsageError('--out goes with --input; --untagged prints to stdout');
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const suggestions = flags.apply
          ? await services.analysis.applyUntagged(actor)
          : await services.analysis.untagged(actor);
        if (flags.json) printJson(io, suggestions);
        else {
          for (const s of suggestions)
            io.stdout.write(`${shortId(s.entryId)}  ${s.date}  ${s.title}\n    -> ${describeChanges(s)}\n`);
          if (suggestions.length === 0) say(io, await nothingToSuggest(services, actor));
          else if (flags.apply)
            say(io, `Tagged ${suggestions.length} entr${suggestions.length === 1 ? 'y' : 'ies'}.`);
          else
            say(
              io,
              `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}; run with --apply to save them.`,
            );
        }
      });
    });
}
