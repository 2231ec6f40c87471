// A JSONL file for the batch analysis, read the way `promocase analyze --input` reads it: one JSON
// object a line, blank lines skipped; and the server's problems (`[3].text`) named by their line again.

/** What POST /api/v1/analyze takes in one request (the server refuses more with 400 or 413). */
export const BATCH_LIMITS = { items: 1_000, bytes: 1024 * 1024 } as const;

export interface BatchItem {
  id: unknown;
  type: unknown;
  text: unknown;
}

export interface LineProblem {
  /** 1-based, as an editor shows it; 0 for a problem of the file as a whole. */
  line: number;
  field: string;
  message: string;
}

export interface ParsedBatch {
  items: BatchItem[];
  /** The file's line of each item, to name it when the server refuses one. */
  lines: number[];
  problems: LineProblem[];
}

/**
 * Parses every line before anything is sent. Only `id`, `type` and `text` travel (other fields, such as
 * labels, are ignored as the CLI ignores them); their values go as they are, for the server to judge.
 */
export function parseAnalysisJsonl(text: string): ParsedBatch {
  const items: BatchItem[] = [];
  const lines: number[] = [];
  const problems: LineProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, field: '', message: `not JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ line, field: '', message: 'expected an object {"id", "type", "text"}' });
      return;
    }
    const { id, type, text: itemText } = value as Record<string, unknown>;
    items.push({ id, type, text: itemText });
    lines.push(line);
  });
  if (problems.length === 0 && items.length === 0)
    problems.push({ line: 0, field: '', message: 'the file holds no items' });
  if (items.length > BATCH_LIMITS.items)
    problems.push({
      line: 0,
      field: '',
      message: `${items.length} items: at most ${BATCH_LIMITS.items.toLocaleString('en')} per request; split the file, or use \`promocase analyze --input\`, which takes any length`,
    });
  else if (requestBytes(items) > BATCH_LIMITS.bytes)
    problems.push({
      line: 0,
      field: '',
      message:
        'the items come to more than 1 MB: split the file, or use `promocase analyze --input`, which takes any length',
    });
  return { items, lines, problems };
}

/** The size of the request body the items make, in bytes (UTF-8). */
export function requestBytes(items: readonly BatchItem[]): number {
  return new TextEncoder().encode(JSON.stringify(items)).length;
}

/** A server problem about item `[i].field` named by the file's line and the field; others as they are. */
export function problemOnLine(
  problem: { path: string; message: string },
  lines: readonly number[],
): LineProblem {
  const match = /^\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const line = match ? lines[Number(match[1])] : undefined;
  if (!match || line === undefined) return { line: 0, field: problem.path, message: problem.message };
  return { line, field: match[2] ?? '', message: problem.message };
}

/** "line 3, text: must not be empty", the way the CLI names a problem. */
export function describeProblem(p: LineProblem): string {
  const where = [p.line > 0 ? `line ${p.line}` : '', p.field].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

/** The results as JSON lines, as `promocase analyze --out` writes them. */
export function toJsonl(results: readonly unknown[]): string {
  return results
    .map((r) => JSON.stringify(r))
    .join('\n')
    .concat('\n');
}
