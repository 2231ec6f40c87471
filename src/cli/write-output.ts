/** Writing a command's output to a file (`--out`): never over an existing file unless asked, never half-written. */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './exit-codes.js';
import { fsFailure } from './fs-failure.js';

/** Writes to a temporary file and renames it, so an existing file is never left half-written. */
export function writeOutput(file: string, text: string | Uint8Array, force: boolean): void {
  // Checked first: --force cannot replace a directory, so offering it would send the person round in a circle.
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--out: ${file} is a directory; give a file name (a file in it, say)`);
  if (existsSync(file) && !force)
    throw new UsageError(`--out: ${file} already exists; use --force to replace it`);
  const folder = dirname(file);
  if (!existsSync(folder))
    throw new UsageError(`--out: cannot write ${file}: the folder ${folder} does not exist; create it first`);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(`--out: cannot write ${file}: ${fsFailure(error)}`);
  }
}

/**
 * The parser of every `--out`: an empty name (in a script, an unset variable) must not quietly become
 * standard output, where a PDF or a whole export was not expected.
 */
export function parseOutFile(text: string): string {
  if (!text.trim())
    throw new UsageError('--out: give a file name (without --out, the output goes to standard output)');
  return text;
}
