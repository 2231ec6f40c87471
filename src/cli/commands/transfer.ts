/** `export` and `import`: all your data out as a versioned JSON document (or Markdown), and back in. */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import type { ImportReport } from '../../services/transfer/import-data.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../exit-codes.js';
import { printJson, say } from '../output.js';
import { readInputFile } from '../read-input.js';
import { parseOutFile, writeOutput } from '../write-output.js';

/** Each section of the people loop, named for one record and for several. */
const PEOPLE_WORDS = {
  assessments: ['assessment', 'assessments'],
  conversations: ['conversation', 'conversations'],
  managerChanges: ['manager change', 'manager changes'],
  goals: ['goal', 'goals'],
  peerFeedback: ['peer feedback note', 'peer feedback notes'],
} as const;

const PROFILE_WORDS: Record<ImportReport['profile'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'unchanged',
  'kept-newer': "yours kept (it is newer than the file's)",
  absent: 'none in the file',
};

function renderReport(r: ImportReport): string {
  const e = r.entries;
  const parts = [`${e.created} created`, `${e.updated} updated`, `${e.unchanged} unchanged`];
  if (e.keptNewer) parts.push(`${e.keptNewer} kept (yours were newer)`);
  const frameworks = r.frameworks.created + r.frameworks.updated;
  const people = Object.entries(r.people)
    .map(([section, c]) => [section, c.created + c.updated] as const)
    .filter(([, n]) => n > 0)
    .map(([section, n]) => {
      const [one, many] = PEOPLE_WORDS[section as keyof typeof PEOPLE_WORDS];
      return `${n} ${n === 1 ? one : many}`;
    });
  if (frameworks > 0) people.unshift(`${frameworks} framework${frameworks === 1 ? '' : 's'}`);
  const more = people.length ? ` Also created or updated: ${people.join(', ')}.` : '';
  return `Imported entries: ${parts.join(', ')}. Profile: ${PROFILE_WORDS[r.profile]}.${more}`;
}

export function registerTransferCommands(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description(
      'export all your data as JSON (lossless, for import), or your work log as Markdown (for reading)',
    )
    .option('-f, --format <format>', 'json (everything) | markdown (the live entries, by week)', 'json')
    .option('-o, --out <file>', 'write to this file instead of stdout (- is stdout)', parseOutFile)
    .option('--force', 'replace --out if it exists')
    .addHelpText(
      'after',
      '\nExamples:\n  promocase export --out promocase-backup.json\n  promocase export --format markdown > worklog.md',
    )
    .action(async (flags: { format: string; out?: string; force?: boolean }, cmd: Command) => {
      if (!['json', 'markdown', 'md'].includes(flags.format))
        throw new UsageError(`--format: "${flags.format}" is not a format; use json or markdown`);
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const text =
          flags.format === 'json'
            ? `${JSON.stringify(await services.transfer.exportJson(actor), null, 2)}\n`
            : await services.transfer.exportMarkdown(actor);
        if (flags.out && flags.out !== '-') {
          writeOutput(flags.out, text, Boolean(flags.force));
          say(io, `Exported to ${flags.out}`);
        } else io.stdout.write(text);
      });
    });

  program
    .command('import')
    .argument('<file>', 'a promocase export (JSON); - reads standard input')
    .description('import a promocase export; safe to repeat (nothing is created twice)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, flags: { json?: boolean }, cmd: Command) => {
      const text = await readInputFile('FILE', file, ctx.io);
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (error) {
        throw new DomainError(
          'invalid_input',
          `${file} is not JSON (${(error as Error).message}); nothing was imported`,
          [{ path: '(root)', message: 'expected a JSON document' }],
        );
      }
      await ctx.session(cmd, async ({ services, actor, io }) => {
        const report = await services.transfer.import(actor, document);
        if (flags.json) printJson(io, report);
        else say(io, renderReport(report));
      });
    });
}
