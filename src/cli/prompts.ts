/** Interactive questions, only on a terminal. @clack/prompts is loaded on first use to keep start-up fast. */
import { UsageError } from './exit-codes.js';

async function clack() {
  return import('@clack/prompts');
}

function answered<T>(value: T | symbol): T {
  if (typeof value === 'symbol') throw new UsageError('cancelled; nothing was saved');
  return value;
}

/**
 * Runs one prompt. Ctrl+D on an empty answer closes the terminal input under it and the prompt never
 * settles: Node would then exit 0 without a word, as if all went well. When nothing is left to wait
 * for, the prompt is cancelled instead.
 */
async function ask<T>(prompt: (signal: AbortSignal) => Promise<T | symbol>): Promise<T> {
  const stop = new AbortController();
  const cancel = () => stop.abort();
  process.once('beforeExit', cancel);
  try {
    return answered(await prompt(stop.signal));
  } finally {
    process.off('beforeExit', cancel);
  }
}

export async function askText(
  message: string,
  opts: { initial?: string; required?: boolean; placeholder?: string } = {},
): Promise<string> {
  const c = await clack();
  const value = await ask<string>((signal) =>
    c.text({
      message,
      initialValue: opts.initial,
      placeholder: opts.placeholder,
      validate: (v) => (opts.required && !v?.trim() ? 'required' : undefined),
      signal,
    }),
  );
  return value.trim();
}

export async function askSelect<T extends string>(
  message: string,
  options: readonly T[],
  initial?: T,
): Promise<T> {
  const c = await clack();
  return ask<T>((signal) =>
    c.select<T>({
      message,
      initialValue: initial,
      options: options.map((o) => ({ value: o, label: o })) as never,
      signal,
    }),
  );
}

export async function askConfirm(message: string, initial = false): Promise<boolean> {
  const c = await clack();
  return ask<boolean>((signal) => c.confirm({ message, initialValue: initial, signal }));
}

/** Asks for several lines, one per prompt, until an empty answer. */
export async function askLines(message: string): Promise<string[]> {
  const lines: string[] = [];
  for (;;) {
    const line = await askText(
      lines.length ? `${message} (another, or Enter to finish)` : `${message} (Enter to skip)`,
    );
    if (!line) return lines;
    lines.push(line);
  }
}
