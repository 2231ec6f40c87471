/** The CLI program: `run(argv, io)` parses, dispatches and maps every failure to a message and an exit code. */
import { Command, CommanderError } from 'commander';
import { DomainError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { commandContext } from './command-context.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerEntryCommands } from './commands/entries.js';
import { registerLogCommand } from './commands/log.js';
import { registerProfileCommands } from './commands/profile.js';
import { registerServeCommand } from './commands/serve.js';
import { registerTransferCommands } from './commands/transfer.js';
import { registerWeekCommand } from './commands/week.js';
import { EXIT_CODE_BY_ERROR, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

export function buildProgram(io: CliIo): Command {
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
  const ctx = commandContext(io);
  registerProfileCommands(program, ctx);
  registerLogCommand(program, ctx);
  registerWeekCommand(program, ctx);
  registerEntryCommands(program, ctx);
  registerTransferCommands(program, ctx);
  registerDemoCommand(program, ctx);
  registerServeCommand(program, ctx);
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
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
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
  peopleHelped: '--helped',
  collaborators: '--with',
  competencies: '--competency',
  links: '--link',
  tags: '--tag',
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
