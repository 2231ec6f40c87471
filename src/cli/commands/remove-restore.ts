/** The `rm ID` and `restore ID` subcommands every people-loop group has. */
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { say } from '../output.js';
import type { Session } from '../session.js';

export function registerRemoveRestore(
  ctx: CommandContext,
  group: Command,
  noun: string,
  apply: (s: Session, id: string, deleted: boolean) => Promise<{ id: string; date: string }>,
): void {
  for (const [name, deleted] of [
    ['rm', true],
    ['restore', false],
  ] as const) {
    const command = group
      .command(name)
      .argument('<id>', `the ${noun} id (or its last characters)`)
      .description(
        deleted ? `delete ${article(noun)} ${noun} (restorable with restore)` : `restore a deleted ${noun}`,
      );
    // `promocase rm` asks first and needs --yes in scripts; these delete without asking, and take --yes
    // too, so that one script can delete any kind of record the same way.
    if (deleted) command.option('-y, --yes', 'accepted for scripts: this deletes without asking');
    command.action(async (id: string, _flags: unknown, cmd: Command) => {
      await ctx.session(cmd, async (s) => {
        const record = await apply(s, id, deleted);
        say(
          s.io,
          `${deleted ? 'Deleted' : 'Restored'} the ${noun} of ${record.date} (${record.id.slice(-8)}).`,
        );
      });
    });
  }
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? 'an' : 'a';
}
