/** Reads promocase's own framework format (YAML or JSON text) into a checked FrameworkDocument, and writes it back. */
import { type Document, isNode, LineCounter, parseDocument, stringify } from 'yaml';
import type { FieldProblem } from '../errors.js';
import type { ParseResult } from '../transfer/export-document.js';
import { formatPath } from '../validation.js';
import { FrameworkDocument } from './framework.js';

export const FRAMEWORK_FORMAT = 'promocase-framework';
export const FRAMEWORK_VERSION = 1;
/** Real frameworks are tens of kilobytes; past this a file is a mistake (or an attack), not a framework. */
export const MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024;
/** A broken file can produce thousands of problems; nobody reads past the first screenful. */
const MAX_PROBLEMS = 100;

type Path = ReadonlyArray<PropertyKey>;

/** A problem before its line is known: the path stays a list so it can be found in the YAML tree. */
export interface LocatedProblem {
  path: Path;
  message: string;
}

/** A parsed text and the way back from a value's path to its line, so messages point at the file. */
export interface YamlText {
  value: Record<string, unknown>;
  lineOf(path: Path): number | undefined;
}

/**
 * Parses YAML or JSON text that must hold a mapping: size cap, syntax errors with their line, empty
 * file, wrong top level. Shared by every framework reader.
 * @param expected what the file should be, for messages: "a promocase framework (format: promocase-framework)"
 * @param lineOffset lines before `text` in the file (front matter starts on line 2)
 */
export function readYamlText(
  text: string,
  options: { expected: string; json?: boolean; lineOffset?: number },
): ParseResult<YamlText> {
  const offset = options.lineOffset ?? 0;
  const tooLarge = sizeProblem(text);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  // Comments alone count as empty too (YAML gives no contents for them).
  if (text.trim() === '') return fail('(root)', `the file is empty: expected ${options.expected}`);
  const lineCounter = new LineCounter();
  // JSON is YAML, so the YAML tree gives lines for JSON too; a valid JSON file never needs it.
  let parsed: Document.Parsed | undefined;
  const tree = () => {
    parsed ??= parseDocument(text, { lineCounter, prettyErrors: true });
    return parsed;
  };
  const lineAt = (pos: number) => lineCounter.linePos(pos).line + offset;
  const lineOf = (path: Path) => {
    // A missing field has no node: point at the nearest enclosing one that exists, but not at the
    // whole file (line 1 would send the reader to the wrong place).
    for (let depth = path.length; depth >= 1; depth--) {
      const node = tree().getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };

  let value: unknown;
  if (options.json) {
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail('(root)', jsonSyntaxMessage(error, text, offset));
    }
  } else {
    // Only the first syntax error: the ones after it are usually the parser losing its footing.
    const doc = tree();
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      const where = at ? `line ${at.line + offset}, column ${at.col}` : `line ${1 + offset}`;
      return fail('(root)', `${where}: ${firstLine(error.message)}`);
    }
    if (doc.contents === null) return fail('(root)', `the file is empty: expected ${options.expected}`);
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return fail(
        '(root)',
        `cannot read the file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a single ${typeof value}`;
    return fail('(root)', `expected ${options.expected}: a mapping of fields, found ${found}`);
  }
  return { ok: true, value: { value: value as Record<string, unknown>, lineOf } };
}

/** The problem with a text over the size cap, if it is over. */
export function sizeProblem(text: string): FieldProblem | undefined {
  const bytes = utf8Length(text);
  if (bytes <= MAX_FRAMEWORK_BYTES) return undefined;
  return {
    path: '(root)',
    message: `the file is too large (${megabytes(bytes)} MB); a framework file may be at most 5 MB`,
  };
}

/** Adds the line to each message (`line 14: duplicate ...`), sorts by line and caps the list. */
export function locateProblems(
  problems: readonly LocatedProblem[],
  lineOf: YamlText['lineOf'],
): FieldProblem[] {
  const located = problems.map((p) => ({ ...p, line: lineOf(p.path) }));
  located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const out: FieldProblem[] = located.slice(0, MAX_PROBLEMS).map((p) => ({
    path: formatPath(p.path),
    message: p.line === undefined ? p.message : `line ${p.line}: ${p.message}`,
  }));
  if (located.length > MAX_PROBLEMS) {
    out.push({ path: '(root)', message: `and ${located.length - MAX_PROBLEMS} more problems not listed` });
  }
  return out;
}

/** True for a `.json` file, or text that opens like JSON: read with JSON.parse for JSON's own error messages. */
export function looksLikeJson(text: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.ya?ml$/i.test(fileName)) return false;
  return /^\uFEFF?\s*[{[]/.test(text);
}

/**
 * Reads a promocase framework file (YAML or JSON) and reports every problem with its path and line.
 * @example parseFrameworkText(await readFile('ladder.yml', 'utf8'), 'ladder.yml')
 */
export function parseFrameworkText(text: string, fileName: string): ParseResult<FrameworkDocument> {
  const json = looksLikeJson(text, fileName);
  const read = readYamlText(text, {
    expected: `a promocase framework (format: ${FRAMEWORK_FORMAT})`,
    json,
  });
  if (!read.ok) return read;
  const { value, lineOf } = read.value;
  const located = (path: Path, message: string) => locateProblems([{ path, message }], lineOf);

  // A file of another kind gets one clear problem instead of a list of every field that differs.
  if ('format' in value && value.format !== FRAMEWORK_FORMAT) {
    return {
      ok: false,
      problems: located(
        ['format'],
        `not a promocase framework: expected format "${FRAMEWORK_FORMAT}", found ${JSON.stringify(value.format)}`,
      ),
    };
  }
  if (typeof value.version === 'number' && value.version > FRAMEWORK_VERSION) {
    return {
      ok: false,
      problems: located(
        ['version'],
        `made by a newer promocase (framework version ${value.version}; this one reads ${FRAMEWORK_VERSION}): upgrade promocase`,
      ),
    };
  }

  const problems: LocatedProblem[] = [];
  const result = FrameworkDocument.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown key is best shown on its own line, not on the line of the object holding it.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length === 1)
        problems.push({ path: [...issue.path, keys[0]!], message: `unknown field "${keys[0]}"` });
      else problems.push({ path: issue.path, message: issue.message });
    }
  }
  problems.push(...checkReferences(value, lineOf));
  if (problems.length > 0 || !result.success)
    return { ok: false, problems: locateProblems(problems, lineOf) };
  return { ok: true, value: result.data };
}

/**
 * What the schema cannot see: ids unique, every reference pointing at something that exists, one cell
 * per level and competency. Runs on the raw value so a file with type errors still hears about these.
 */
function checkReferences(value: Record<string, unknown>, lineOf: YamlText['lineOf']): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const where = (path: Path) => {
    const line = lineOf(path);
    return line === undefined ? formatPath(path) : `${formatPath(path)}, line ${line}`;
  };
  const indexIds = (key: 'levels' | 'competencies', what: string) => {
    const ids = new Map<string, number>();
    list(value[key]).forEach((item, i) => {
      const id = field(item, 'id');
      if (id === undefined) return;
      const first = ids.get(id);
      if (first === undefined) ids.set(id, i);
      else
        problems.push({
          path: [key, i, 'id'],
          message: `duplicate ${what} id "${id}" (first at ${where([key, first])})`,
        });
    });
    return ids;
  };
  const levels = indexIds('levels', 'level');
  const competencies = indexIds('competencies', 'competency');

  const senior = typeof value.seniorLevel === 'string' ? value.seniorLevel : undefined;
  if (senior !== undefined && levels.size > 0 && !levels.has(senior)) {
    problems.push({
      path: ['seniorLevel'],
      message: `"${senior}" is not one of the levels: ${choices(levels)}`,
    });
  }

  const cells = new Map<string, number>();
  list(value.cells).forEach((cell, i) => {
    const level = field(cell, 'level');
    const competency = field(cell, 'competency');
    if (level !== undefined && levels.size > 0 && !levels.has(level)) {
      problems.push({
        path: ['cells', i, 'level'],
        message: `unknown level "${level}"; the levels are: ${choices(levels)}`,
      });
    }
    if (competency !== undefined && competencies.size > 0 && !competencies.has(competency)) {
      problems.push({
        path: ['cells', i, 'competency'],
        message: `unknown competency "${competency}"; the competencies are: ${choices(competencies)}`,
      });
    }
    if (level === undefined || competency === undefined) return;
    const key = `${level}\u0000${competency}`;
    const first = cells.get(key);
    if (first === undefined) cells.set(key, i);
    else {
      problems.push({
        path: ['cells', i],
        message: `duplicate cell for level "${level}" and competency "${competency}" (first at ${where(['cells', first])})`,
      });
    }
  });
  return problems;
}

/**
 * Writes a framework as YAML or JSON, keys in the documented order, so export -> import -> export is
 * byte-identical and diffs between versions stay small.
 */
export function serializeFramework(doc: FrameworkDocument, format: 'yaml' | 'json'): string {
  const ordered = {
    format: doc.format,
    version: doc.version,
    id: doc.id,
    name: doc.name,
    description: doc.description,
    source: doc.source,
    levels: doc.levels.map((l) => ({ id: l.id, name: l.name, summary: l.summary })),
    seniorLevel: doc.seniorLevel,
    competencies: doc.competencies.map((c) => ({ id: c.id, name: c.name, summary: c.summary })),
    cells: doc.cells.map((c) => ({
      level: c.level,
      competency: c.competency,
      expectation: c.expectation,
      signals: c.signals,
      examples: c.examples,
    })),
  };
  if (format === 'json') return `${JSON.stringify(ordered, null, 2)}\n`;
  // lineWidth 0: never fold long prose, so a diff shows the sentence that changed.
  return stringify(ordered, { lineWidth: 0 });
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(item: unknown, key: string): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const v = (item as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

function choices(ids: Map<string, number>, max = 12): string {
  const all = [...ids.keys()];
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown} (and ${all.length - max} more)` : shown;
}

function fail(path: string, message: string): { ok: false; problems: FieldProblem[] } {
  return { ok: false, problems: [{ path, message }] };
}

function firstLine(message: string): string {
  // yaml's pretty messages end with " at line 3, column 5:" and a code excerpt; the line is already in front.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function jsonSyntaxMessage(error: unknown, text: string, lineOffset: number): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const detail = message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ at position \d+$/, '');
  if (!position) return `invalid JSON: ${detail}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length + lineOffset;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: invalid JSON: ${detail}`;
}

function utf8Length(text: string): number {
  // Cheap bounds first: a UTF-16 unit is 1 to 3 UTF-8 bytes, so most texts never need encoding.
  if (text.length > MAX_FRAMEWORK_BYTES) return text.length;
  if (text.length * 3 <= MAX_FRAMEWORK_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
