/** `promocase serve`: placeholder registration until the HTTP server lands (replaced by the server work). */
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';

export function registerServeCommand(_program: Command, _ctx: CommandContext): void {}
