/** Writing results: data to stdout (table, JSON or Markdown), messages to stderr. */
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

export type OutputFormat = 'table' | 'json' | 'markdown';

export function resolveFormat(opts: { json?: boolean; format?: string }): OutputFormat {
  if (opts.json) return 'json';
  const format = opts.format ?? 'table';
  if (format === 'md') return 'markdown';
  if (format === 'table' || format === 'json' || format === 'markdown') return format;
  throw new UsageError(`--format: "${format}" is not a format; use table, json or markdown`);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A message for the person (not data): stderr, so piping stdout stays clean. */
export function say(io: CliIo, text: string): void {
  io.stderr.write(`${text}\n`);
}
