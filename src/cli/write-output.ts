/** Writing a command's output to a file (`--out`): never over an existing file unless asked, never half-written. */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError } from './exit-codes.js';

/** Writes to a temporary file and renames it, so an existing file is never left half-written. */
export function writeOutput(file: string, text: string | Uint8Array, force: boolean): void {
  if (existsSync(file) && !force)
    throw new UsageError(`--out: ${file} already exists; use --force to replace it`);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(`--out: cannot write ${file}: ${(error as Error).message}`);
  }
}
