/** `promocase framework`: browse career frameworks, compare levels, import and export them. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { BUILTIN_FRAMEWORK } from '../../core/frameworks/builtin-framework.js';
import { selectCells } from '../../core/frameworks/level-diff.js';
import { MAX_FRAMEWORK_BYTES, serializeFramework } from '../../core/frameworks/parse-framework.js';
import type { FrameworkImportReport } from '../../services/frameworks/import-framework.js';
import type { CommandContext } from '../command-context.js';
import { collect } from '../entry-options.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import {
  renderFrameworkCells,
  renderFrameworkDiff,
  renderFrameworkList,
} from '../printers/framework-printers.js';
import { askSelect } from '../prompts.js';
import { parseOutFile, writeOutput } from '../write-output.js';

function readFrameworkFile(file: string): string {
  if (!existsSync(file)) throw new UsageError(`FILE: ${file}: no such file`);
  if (!statSync(file).isFile()) throw new UsageError(`FILE: ${file} is not a file`);
  if (statSync(file).size > MAX_FRAMEWORK_BYTES)
    throw new UsageError(`FILE: ${file} is larger than 5 MB; a framework file is far smaller`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`FILE: cannot read ${file}: ${(error as Error).message}`);
  }
}

function parseMap(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const m = /^([a-z0-9-]+)=([a-z0-9-]+)$/.exec(pair.trim());
    if (!m)
      throw new UsageError(
        `--map: "${pair}" is not old=new (competency ids, e.g. --map comms=communication)`,
      );
    map[m[1]!] = m[2]!;
  }
  return map;
}

/** "3 entries, 1 assessment and 2 goals". */
function taggedWords(c: { entries: number; ratings: number; goals: number }): string {
  const parts = [
    [c.entries, 'entry', 'entries'],
    [c.ratings, 'assessment', 'assessments'],
    [c.goals, 'goal', 'goals'],
  ] as const;
  const words = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? 'nothing');
}

function renderImportReport(r: FrameworkImportReport): string {
  const lines = [
    `${r.status === 'created' ? 'Imported' : 'Updated'} ${r.framework.name} (${r.framework.id}): ${r.levels} levels, ${r.competencies} competencies, ${r.cells} cells; Senior is ${r.framework.seniorLevel}.`,
  ];
  for (const w of r.warnings) lines.push(`Note: ${w}`);
  if (r.added.length) lines.push(`New competencies: ${r.added.join(', ')}.`);
  if (r.removed.length) lines.push(`Competencies no longer in the framework: ${r.removed.join(', ')}.`);
  for (const m of r.mapped) lines.push(`Re-tagged ${taggedWords(m)} from ${m.from} to ${m.to}.`);
  for (const f of r.flagged) {
    const hint = f.likelyRename
      ? ` (renamed to ${f.likelyRename}? re-import with --map ${f.competency}=${f.likelyRename})`
      : ' (re-import with --map to re-tag them)';
    lines.push(`Kept, flagged: ${taggedWords(f)} still tagged ${f.competency}${hint}.`);
  }
  return lines.join('\n');
}

/**
 * A problem inside the framework file, named after the file: its paths (`competencies[0].id`,
 * `seniorLevel`) are the file's, so the message must not read as if a flag of the same name were wrong.
 */
function inTheFile(fileName: string, error: unknown): unknown {
  if (!(error instanceof DomainError) || error.message.startsWith(`${fileName}:`)) return error;
  return new DomainError(error.code, `${fileName}: ${error.message}`, error.details);
}

export function registerFrameworkCommands(program: Command, ctx: CommandContext): void {
  const framework = program
    .command('framework')
    .description('career frameworks: levels x competencies, what each level expects')
    .addHelpText(
      'after',
      `
Examples:
  promocase framework list
  promocase framework show --level senior
  promocase framework diff mid senior
  promocase framework import engineering.yml --senior-level senior-1
  promocase framework export --format yaml --out my-framework.yml`,
    );

  framework
    .command('list')
    .description('the built-in framework and the ones you imported')
    .option('--json', 'machine-readable output')
    .action(async (flags: { json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const list = await services.frameworks.list(actor);
        if (flags.json) printJson(io, list);
        else io.stdout.write(renderFrameworkList(list));
      });
    });

  framework
    .command('show')
    .argument('[id]', 'framework id (default: the built-in one)', BUILTIN_FRAMEWORK.id)
    .description('what each level expects, per competency')
    .option('-l, --level <id>', 'only this level')
    .option('-c, --competency <id>', 'only this competency')
    .option('--json', 'machine-readable output')
    .action(
      async (id: string, flags: { level?: string; competency?: string; json?: boolean }, cmd: Command) => {
        await ctx.session(cmd, async ({ services, actor, io }) => {
          const doc = await services.frameworks.get(actor, id);
          if (flags.level && !doc.levels.some((l) => l.id === flags.level)) {
            throw new UsageError(
              `--level: "${flags.level}" is not a level of ${doc.name}; its levels are: ${doc.levels.map((l) => l.id).join(', ')}`,
            );
          }
          if (flags.competency && !doc.competencies.some((c) => c.id === flags.competency)) {
            throw new UsageError(
              `--competency: "${flags.competency}" is not a competency of ${doc.name}; its competencies are: ${doc.competencies.map((c) => c.id).join(', ')}`,
            );
          }
          const cells = selectCells(doc, { level: flags.level, competency: flags.competency });
          if (flags.json) printJson(io, flags.level || flags.competency ? { ...doc, cells } : doc);
          else io.stdout.write(renderFrameworkCells(doc, cells));
        });
      },
    );

  framework
    .command('diff')
    .argument('<from>', 'the level you are at, e.g. mid')
    .argument('<to>', 'the level you aim for, e.g. senior')
    .description('per competency, what changes between two levels: what it would take to move up')
    .option('-f, --framework <id>', 'framework id (default: the built-in one)', BUILTIN_FRAMEWORK.id)
    .option('--json', 'machine-readable output')
    .action(async (from: string, to: string, flags: { framework: string; json?: boolean }, cmd: Command) => {
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const diff = await services.frameworks.diff(actor, { framework: flags.framework, from, to });
        if (flags.json) printJson(io, diff);
        else io.stdout.write(renderFrameworkDiff(diff));
      });
    });

  framework
    .command('export')
    .argument('[id]', 'framework id (default: the built-in one)', BUILTIN_FRAMEWORK.id)
    .description('write a framework in promocase format, to edit and import again')
    .option('--format <format>', 'yaml | json', 'yaml')
    .option('-o, --out <file>', 'write to this file instead of stdout', parseOutFile)
    .option('--force', 'replace --out if it exists')
    .action(async (id: string, flags: { format: string; out?: string; force?: boolean }, cmd: Command) => {
      if (flags.format !== 'yaml' && flags.format !== 'json')
        throw new UsageError(`--format: "${flags.format}" is not a format; use yaml or json`);
      const format = flags.format;
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const text = serializeFramework(await services.frameworks.get(actor, id), format);
        if (!flags.out || flags.out === '-') {
          io.stdout.write(text);
          return;
        }
        writeOutput(flags.out, text, Boolean(flags.force));
        say(io, `Exported ${id} to ${flags.out}`);
      });
    });

  framework
    .command('import')
    .argument(
      '<file>',
      "promocase's YAML/JSON format, the Financial Times engineering-progression YAML, or a Monzo progression-framework Markdown file",
    )
    .description('import a framework; nothing is stored unless the whole file is valid')
    .option('--senior-level <level>', 'which level is Senior: its id or 1-based number (asked on a terminal)')
    .option('--map <old=new>', 're-tag entries from a removed competency to a new one (repeatable)', collect)
    .option('--json', 'print the report as JSON')
    .action(
      async (file: string, flags: { seniorLevel?: string; map?: string[]; json?: boolean }, cmd: Command) => {
        const text = readFrameworkFile(file);
        const map = parseMap(flags.map ?? []);
        await ctx.session(cmd, async ({ services, actor, io }) => {
          const preview = await services.frameworks.preview(text, basename(file)).catch((error: unknown) => {
            throw inTheFile(basename(file), error);
          });
          let seniorLevel = flags.seniorLevel;
          if (seniorLevel === undefined && io.isTTY && preview.needsSeniorLevel) {
            const ids = preview.seniorCandidates.map((c) => c.id);
            seniorLevel = await askSelect(
              `Which level of ${preview.document.name} is Senior?`,
              ids,
              preview.document.seniorLevel,
            );
          }
          const report = await services.frameworks.import(actor, {
            text,
            fileName: basename(file),
            seniorLevel,
            map,
          });
          if (flags.json) printJson(io, report);
          else say(io, renderImportReport(report));
        });
      },
    );
}
