/** Interactive questions, only on a terminal. @clack/prompts is loaded on first use to keep start-up fast. */
import { UsageError } from './exit-codes.js';

async function clack() {
  return import('@clack/prompts');
}

function answered<T>(value: T | symbol): T {
  if (typeof value === 'symbol') throw new UsageError('cancelled; nothing was saved');
  return value;
}

export async function askText(
  message: string,
  opts: { initial?: string; required?: boolean; placeholder?: string } = {},
): Promise<string> {
  const c = await clack();
  const value = await c.text({
    message,
    initialValue: opts.initial,
    placeholder: opts.placeholder,
    validate: (v) => (opts.required && !v?.trim() ? 'required' : undefined),
  });
  return answered<string>(value).trim();
}

export async function askSelect<T extends string>(
  message: string,
  options: readonly T[],
  initial?: T,
): Promise<T> {
  const c = await clack();
  const value = await c.select<T>({
    message,
    initialValue: initial,
    options: options.map((o) => ({ value: o, label: o })) as never,
  });
  return answered(value) as T;
}

export async function askConfirm(message: string, initial = false): Promise<boolean> {
  const c = await clack();
  return answered<boolean>(await c.confirm({ message, initialValue: initial }));
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
