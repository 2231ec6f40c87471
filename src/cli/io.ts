/** The CLI's connection to the world, injected so tests run commands in-process with captured output. */
import { isTerminal, standardOutput } from './standard-output.js';

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
  const stdout = standardOutput(1);
  let interactive: boolean | undefined;
  return {
    stdout,
    stderr: standardOutput(2),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    // Standard input is looked at only by commands that may prompt.
    get isTTY() {
      interactive ??= stdout.isTTY && isTerminal(0);
      return interactive;
    },
    env: process.env,
  };
}
