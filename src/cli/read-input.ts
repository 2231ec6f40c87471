/** Reading the file a command takes as input (`import FILE`, `analyze --input FILE`), or stdin for `-`. */
import { readFileSync } from 'node:fs';
import { UsageError } from './exit-codes.js';
import { fsFailure } from './fs-failure.js';
import type { CliIo } from './io.js';

/** The text of `file` (standard input for `-`); a failure names `label`, the argument or flag it came from. */
export async function readInputFile(label: string, file: string, io: CliIo): Promise<string> {
  // A byte order mark (Windows editors write one) is not text: JSON.parse would stop at it.
  const withoutBom = (text: string) => (text.startsWith('\ufeff') ? text.slice(1) : text);
  if (file === '-') return withoutBom(await io.readStdin());
  try {
    return withoutBom(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new UsageError(`${label}: ${file} is a directory; give a file`);
    throw new UsageError(
      `${label}: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : fsFailure(error)}`,
    );
  }
}
