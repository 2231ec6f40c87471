/**
 * Standard output and error written through their file descriptors, and the terminal test, without
 * process.stdout, process.stderr or node:tty. Touching any of those loads Node's stream and net modules,
 * about 6 ms of every command's start-up (DESIGN.md section 7), to write a few lines.
 */
import { fstatSync, writeSync } from 'node:fs';
import { fsFailure } from './fs-failure.js';
import { showControlCharacters } from './terminal-safe.js';

export interface StandardOutput {
  write(text: string): void;
  readonly isTTY: boolean;
}

/**
 * Whether a file descriptor is a terminal. A pipe or a file is not a character device, which one
 * fstat tells without loading node:tty; a character device may be a terminal or /dev/null, so node:tty
 * decides. Windows reports consoles its own way: node:tty decides there.
 */
export function isTerminal(fd: number): boolean {
  if (process.platform !== 'win32') {
    try {
      if (!fstatSync(fd).isCharacterDevice()) return false;
    } catch {
      return false; // closed: nothing to show anything on
    }
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/**
 * Writes synchronously to fd 1 or 2, so a command's output is out when it returns. On a terminal,
 * control characters are shown, not obeyed (an imported title must not drive the terminal). A closed
 * pipe (`promocase list | head`) ends the process quietly, as git and coreutils do; any other failure
 * (a full disk) is said on stderr, without a stack trace, and ends it with 1. Where the descriptor is
 * non-blocking (a parent's pipe) and full, the rest goes through Node's stream, which waits.
 */
export function standardOutput(fd: 1 | 2): StandardOutput {
  const isTTY = isTerminal(fd);
  let stream: NodeJS.WriteStream | undefined;
  return {
    isTTY,
    write(text: string) {
      const shown = isTTY ? showControlCharacters(text) : text;
      if (stream) {
        stream.write(shown);
        return;
      }
      let bytes = Buffer.from(shown, 'utf8');
      try {
        while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') outputFailed(fd, error);
        stream = processStream(fd);
        stream.write(bytes);
      }
    },
  };
}

/** Node's streams that took over from writeSync: their writes may still be on the way when a command returns. */
const streamsInUse = new Set<NodeJS.WriteStream>();

function processStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  stream.on('error', (error) => outputFailed(fd, error));
  streamsInUse.add(stream);
  return stream;
}

/**
 * Ends the process with `code` as soon as everything written has reached its reader. Left to end by
 * itself, Node first waits for V8's background work to finish (a concurrent collection, optimising
 * compiles) that nothing needs any more: 10-30 ms of idling after a long list or document.
 * Terminals are written synchronously (Node makes them blocking on POSIX) and so are our own writes;
 * only a stream that took over from a full pipe can hold bytes, and its last write's callback says
 * when they are out. On Windows, where terminals and pipes are asynchronous, Node ends it the usual way.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code;
  if (process.platform === 'win32') return;
  const pending = [...streamsInUse].filter((stream) => stream.writableLength > 0);
  let left = pending.length;
  if (left === 0) process.exit(code);
  for (const stream of pending) {
    stream.write('', () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
  }
}

function outputFailed(fd: 1 | 2, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  // The reader has what it wanted: not a failure.
  if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (fd === 1) {
    try {
      writeSync(2, `error: cannot write the output: ${fsFailure(error)} (${code ?? 'write failed'})\n`);
    } catch {
      // stderr is gone too: the exit code says it.
    }
  }
  process.exit(1);
}
