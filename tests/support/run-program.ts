// Runs a program to its end as a child process, with only the environment given: its exit code and output.
import { execFile } from 'node:child_process';

export interface ProgramResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runProgram(
  command: string,
  args: readonly string[],
  opts: { env: Record<string, string>; input?: string },
): Promise<ProgramResult> {
  return new Promise((done) => {
    const child = execFile(command, args, { env: opts.env, timeout: 20_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
    child.stdin?.on('error', () => {}); // a program that exits without reading its input
    child.stdin?.end(opts.input ?? '');
  });
}
