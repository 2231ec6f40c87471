/** The CLI's connection to the world, injected so tests run commands in-process with captured output. */
import { fsFailure } from './fs-failure.js';
import { terminalSafe } from './terminal-safe.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read all of standard input (for `import -`). */
  readStdin: () => Promise<string>;
  /** Interactive prompts are used only when this is true (a real terminal). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  // `promocase list | head` closes the pipe early: that is the reader saying it has enough, not a
  // failure, so stop quietly (as git and coreutils do) instead of dying on an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Any other write failure (a full disk, an I/O error) is a real one: say so, without a stack trace.
      if (stream === process.stdout) {
        process.stderr.write(
          `error: cannot write the output: ${fsFailure(error)} (${error.code ?? 'write failed'})\n`,
        );
      }
      process.exit(1);
    });
  }
  return {
    // Titles and names come from imports and other people's exports too: on a terminal, show their control characters.
    stdout: terminalSafe(process.stdout),
    stderr: terminalSafe(process.stderr),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    env: process.env,
  };
}
