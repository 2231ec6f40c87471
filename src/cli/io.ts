/** The CLI's connection to the world, injected so tests run commands in-process with captured output. */

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
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    env: process.env,
  };
}
