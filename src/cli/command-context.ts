/** What every command registration receives: the injected io and a way to open a session. */
import type { Command } from 'commander';
import type { CliIo } from './io.js';
import { type GlobalOptions, type Session, withSession } from './session.js';

export interface CommandContext {
  io: CliIo;
  /** Runs `fn` with the store opened for the global options of `cmd` (--home, --database, --demo). */
  session<T>(cmd: Command, fn: (s: Session) => Promise<T>, override?: Partial<GlobalOptions>): Promise<T>;
}

export function commandContext(io: CliIo): CommandContext {
  return {
    io,
    session: (cmd, fn, override) =>
      withSession(io, { ...cmd.optsWithGlobals<GlobalOptions>(), ...override }, fn),
  };
}
