/** `promocase demo`: a full sample case in a separate demo home, to explore without touching your data. */
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { demoHome, resolveBaseHome } from '../../config.js';
import type { CommandContext } from '../command-context.js';
import { say } from '../output.js';
import type { GlobalOptions } from '../session.js';

export function registerDemoCommand(program: Command, ctx: CommandContext): void {
  program
    .command('demo')
    .description('load a sample case (a mid-level engineer aiming at Senior) into a separate demo home')
    .option('--reset', 'delete the demo home and load the sample afresh (dates move to today)')
    .addHelpText(
      'after',
      '\nThen add --demo to any command:\n  promocase --demo list\n  promocase --demo week\n  promocase --demo serve',
    )
    .action(async (flags: { reset?: boolean }, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const home = demoHome(resolveBaseHome({ ...global, env: ctx.io.env }));
      if (flags.reset) rmSync(home, { recursive: true, force: true });
      await ctx.session(
        cmd,
        async ({ services, actor, io }) => {
          // The session is forced onto the demo home whatever --demo says: `demo` never writes to real data.
          const report = await services.demo.load(actor);
          if (report.loaded)
            say(io, `Loaded the demo: ${report.entries} entries over six months, in ${home}.`);
          else say(io, `The demo is already loaded in ${home} (use --reset to start it afresh).`);
          say(io, 'Try: promocase --demo list, promocase --demo week, promocase --demo serve');
        },
        { demo: true, loadsDemo: true },
      );
    });
}
