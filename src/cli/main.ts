/** The CLI program: `run(argv, io)` parses, dispatches and maps every failure to a message and an exit code. */
import { Command, CommanderError } from 'commander';
import { DomainError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { type CommandContext, commandContext } from './command-context.js';
import { EXIT_CODE_BY_ERROR, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, ExitWith, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

type Register = (program: Command, ctx: CommandContext) => void;

/** Each command group is loaded only when its command runs: start-up is a budget (DESIGN.md section 7). */
const COMMAND_GROUPS: Array<{ names: readonly string[]; load: () => Promise<Register> }> = [
  {
    names: ['init', 'profile'],
    load: async () => (await import('./commands/profile.js')).registerProfileCommands,
  },
  { names: ['log'], load: async () => (await import('./commands/log.js')).registerLogCommand },
  { names: ['week'], load: async () => (await import('./commands/week.js')).registerWeekCommand },
  {
    names: ['list', 'ls', 'show', 'edit', 'rm', 'restore'],
    load: async () => (await import('./commands/entries.js')).registerEntryCommands,
  },
  {
    names: ['export', 'import'],
    load: async () => (await import('./commands/transfer.js')).registerTransferCommands,
  },
  { names: ['company'], load: async () => (await import('./commands/company.js')).registerCompanyCommands },
  {
    names: ['framework'],
    load: async () => (await import('./commands/framework.js')).registerFrameworkCommands,
  },
  {
    names: ['assess', 'gaps'],
    load: async () => (await import('./commands/assess.js')).registerAssessCommands,
  },
  {
    names: ['1on1', 'conversation', 'manager'],
    load: async () => (await import('./commands/conversation.js')).registerConversationCommands,
  },
  { names: ['goal'], load: async () => (await import('./commands/goal.js')).registerGoalCommands },
  {
    names: ['feedback'],
    load: async () => (await import('./commands/feedback.js')).registerFeedbackCommands,
  },
  { names: ['analyze'], load: async () => (await import('./commands/analyze.js')).registerAnalyzeCommand },
  {
    names: ['readiness', 'objections', 'next', 'projects'],
    load: async () => (await import('./commands/readiness.js')).registerReadinessCommands,
  },
  { names: ['doc'], load: async () => (await import('./commands/doc.js')).registerDocCommand },
  { names: ['demo'], load: async () => (await import('./commands/demo.js')).registerDemoCommand },
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServeCommand },
];

/** Global options that take a value: their value is not the command name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(['--home', '--database']);

/** The command named on the line (skipping global options), if it is one of ours. */
function invokedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * Builds the program with the commands `argv` needs: only the invoked one, or all of them for help
 * and for an unknown command (so the message can list them).
 */
export async function buildProgram(io: CliIo, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('promocase')
    .description('Build your promotion case week by week. Your data stays on your machine.')
    .version(VERSION)
    .option('--home <dir>', 'where your data lives (default $PROMOCASE_HOME or ~/.local/share/promocase)')
    .option('--database <url>', 'a PostgreSQL URL instead of the local SQLite file (or DATABASE_URL)')
    .option('--demo', 'work on the demo sample instead of your own data (see promocase demo)')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      'after',
      `
Start here:
  promocase init                      set up your profile
  promocase log "what you did"        capture a win in one line
  promocase week                      the Friday ritual
  promocase demo                      explore a sample case`,
    );
  const name = invokedCommand(argv);
  const versionOnly = name === undefined && (argv.includes('--version') || argv.includes('-V'));
  const wanted = COMMAND_GROUPS.filter((g) => name !== undefined && g.names.includes(name));
  const groups = versionOnly ? [] : wanted.length > 0 ? wanted : COMMAND_GROUPS;
  const ctx = commandContext(io);
  for (const register of await Promise.all(groups.map((g) => g.load()))) register(program, ctx);
  for (const cmd of program.commands) {
    cmd
      .exitOverride()
      .showHelpAfterError('(add --help for usage)')
      .configureOutput(program.configureOutput());
  }
  return program;
}

/**
 * Runs one command line and returns the exit code; never throws, never prints a stack trace
 * (set PROMOCASE_DEBUG=1 to see one for an unexpected error).
 * @example await run(['log', 'Shipped the thing'], processIo())
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await (await buildProgram(io, argv)).parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}

/** Fields whose flag has another name: errors should name what the person typed. */
const FLAG_OF_FIELD: Record<string, string> = {
  currentLevel: '--level',
  targetLevel: '--target',
  managerName: '--manager',
  reviewCadence: '--cadence',
  nextCalibration: '--next-calibration',
  framework: '--framework',
  peopleHelped: '--helped',
  collaborators: '--with',
  competencies: '--competency',
  links: '--link',
  tags: '--tag',
  seniorLevel: '--senior-level',
  nextCheckIn: '--next',
  vouchers: '--vouch',
  entryIds: '--entry',
  goalStated: '--goal-stated',
  criteria: '--criterion',
  ratings: '--rate',
};

function withFlagName(error: DomainError): string {
  const field = error.details[0]?.path.split(/[.[]/)[0];
  const flag = field ? FLAG_OF_FIELD[field] : undefined;
  return flag && error.message.startsWith(field!) ? `${flag} (${error.message})` : error.message;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (unknown option, missing argument, help).
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof ExitWith) return error.exitCode;
  if (error instanceof UsageError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof DomainError) {
    io.stderr.write(`error: ${withFlagName(error)}\n`);
    for (const d of error.details.slice(1, 10)) io.stderr.write(`  ${d.path}: ${d.message}\n`);
    if (error.details.length > 10) io.stderr.write(`  ... and ${error.details.length - 10} more\n`);
    return EXIT_CODE_BY_ERROR[error.code];
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: unexpected failure: ${message}\n`);
  if (io.env.PROMOCASE_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
