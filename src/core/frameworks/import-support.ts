/** What the FT and Monzo importers share: the import result, fitting a draft to promocase's limits, ids and prose clean-up. */
import type { FieldProblem } from '../errors.js';
import type { ParseResult } from '../transfer/export-document.js';
import { toProblems } from '../validation.js';
import { FRAMEWORK_LIST_LIMITS, FrameworkDocument, type FrameworkLevel } from './framework.js';

export interface SeniorCandidate {
  id: string;
  name: string;
}

/** An imported framework and what the user must confirm: its files never say which level is senior. */
export interface FrameworkImport {
  /** Valid, with `seniorLevel` set to `guessedSeniorLevel` until the user chooses (see withSeniorLevel). */
  document: FrameworkDocument;
  /** Every level, lowest first, in the order `--senior-level <number>` counts them. */
  seniorCandidates: SeniorCandidate[];
  guessedSeniorLevel: string;
  /** What had to be shortened to fit promocase's limits: said out loud, never dropped silently. */
  warnings: FieldProblem[];
}
export type ImportResult = ParseResult<FrameworkImport>;

const SENIOR = /\b(senior|sr)\b/i;
/** Titles that contain "senior" but name a step beyond it or another track ("Senior Staff", "Senior Manager"). */
const NOT_JUST_SENIOR = /\b(staff|principal|distinguished|fellow|director|manager|head|architect|vp)\b/i;

/**
 * The level a file most likely means by senior: the lowest whose name says "Senior" and nothing
 * beyond it; failing that, the middle of the ladder (where senior sits in the built-in one).
 */
export function guessSeniorLevel(
  levels: ReadonlyArray<Pick<FrameworkLevel, 'id' | 'name'>>,
): string | undefined {
  const named = levels.find((l) => {
    const words = `${l.id} ${l.name}`.replace(/[-_]/g, ' ');
    return SENIOR.test(words) && !NOT_JUST_SENIOR.test(words);
  });
  return (named ?? levels[Math.floor((levels.length - 1) / 2)])?.id;
}

/** Promocase's limits (framework.ts); an import shortens what exceeds them and says so. */
const LIMITS = {
  name: 120,
  summary: 4_000,
  description: 10_000,
  source: 500,
  expectation: 4_000,
  item: 1_000,
};
const LIST_LIMITS = FRAMEWORK_LIST_LIMITS;

/**
 * Finishes an import: fits the draft to promocase's limits (with a warning for each cut), guesses the
 * senior level and checks the result against the schema, so callers only ever store valid documents.
 */
export function finishImport(
  draft: Omit<FrameworkDocument, 'seniorLevel'>,
  warnings: FieldProblem[] = [],
): ImportResult {
  const cut = (text: string, max: number, path: string, what: string) => {
    if (text.length <= max) return text;
    warnings.push({ path, message: `${what} shortened to ${max} characters (it had ${text.length})` });
    return shorten(text, max);
  };
  const items = (list: string[], kind: 'signals' | 'examples', path: string, where: string) => {
    const max = LIST_LIMITS[kind];
    if (list.length > max) {
      warnings.push({
        path,
        message: `kept the first ${max} of ${list.length} ${kind} for ${where}: promocase holds at most ${max} per cell`,
      });
    }
    return list.slice(0, max).map((s, i) => cut(s, LIMITS.item, `${path}[${i}]`, `${kind} of ${where}`));
  };
  const fitted = {
    ...draft,
    name: cut(draft.name, 200, 'name', 'the framework name'),
    description: cut(draft.description, LIMITS.description, 'description', 'the description'),
    source: cut(draft.source, LIMITS.source, 'source', 'the source'),
    levels: draft.levels.map((l, i) => ({
      ...l,
      name: cut(l.name, LIMITS.name, `levels[${i}].name`, `the name of level "${l.id}"`),
      summary: cut(l.summary, LIMITS.summary, `levels[${i}].summary`, `the summary of level "${l.id}"`),
    })),
    competencies: draft.competencies.map((c, i) => ({
      ...c,
      name: cut(c.name, LIMITS.name, `competencies[${i}].name`, `the name of competency "${c.id}"`),
      summary: cut(
        c.summary,
        LIMITS.summary,
        `competencies[${i}].summary`,
        `the summary of competency "${c.id}"`,
      ),
    })),
    cells: draft.cells.map((c, i) => {
      const where = `level "${c.level}", competency "${c.competency}"`;
      return {
        ...c,
        expectation: cut(
          c.expectation,
          LIMITS.expectation,
          `cells[${i}].expectation`,
          `the expectation of ${where}`,
        ),
        signals: items(c.signals, 'signals', `cells[${i}].signals`, where),
        examples: items(c.examples, 'examples', `cells[${i}].examples`, where),
      };
    }),
  };
  const guessed = guessSeniorLevel(fitted.levels) ?? '';
  const result = FrameworkDocument.safeParse({ ...fitted, seniorLevel: guessed });
  if (!result.success) return { ok: false, problems: toProblems(result.error) };
  const document = result.data;
  return {
    ok: true,
    value: {
      document,
      seniorCandidates: document.levels.map((l) => ({ id: l.id, name: l.name })),
      guessedSeniorLevel: document.seniorLevel,
      warnings,
    },
  };
}

/** Cuts at a word boundary and marks the cut, so a shortened text never ends mid-word without a sign. */
function shorten(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/**
 * Turns a file's own names into promocase ids ("Senior Engineer 2" -> "senior-engineer-2"), unique
 * within the list; `fallback` names an item whose name has no letters or digits.
 */
export function toFrameworkIds(raw: readonly string[], fallback: (index: number) => string): string[] {
  const taken = new Set<string>();
  return raw.map((name, i) => {
    const base = slug(name) || fallback(i);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 56).replace(/-+$/, '')}-${n}`;
    taken.add(id);
    return id;
  });
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Reflows hard-wrapped YAML prose into paragraphs, keeping list items ("1. ", "- ") on their own lines. */
export function unwrapProse(text: string): string {
  const out: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const last = out.length - 1;
    if (line === '') {
      if (last >= 0 && out[last] !== '') out.push('');
    } else if (last >= 0 && out[last] !== '' && !LIST_ITEM.test(line)) {
      out[last] = `${out[last]} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n').trim();
}

const LIST_ITEM = /^(\d+[.)]|[-*•])\s+/;

/** Splits prose written as a list ("1. Writes ...\n2. Uses ...") into its items; other prose stays whole. */
export function splitListItems(text: string): string[] {
  const lines = unwrapProse(text)
    .split('\n')
    .filter((l) => l !== '');
  const items = lines.filter((l) => LIST_ITEM.test(l));
  if (items.length < 2) return lines.length > 0 ? [lines.join(' ')] : [];
  return lines.map((l) => l.replace(LIST_ITEM, ''));
}
