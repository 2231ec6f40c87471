/** Converts a Monzo progression-framework file (Markdown with YAML front matter) into a promocase framework. */
import type { FieldProblem } from '../errors.js';
import { splitFrontMatter } from './detect-framework-format.js';
import type { Competency, FrameworkCell, FrameworkLevel } from './framework.js';
import { finishImport, type ImportResult, toFrameworkIds, unwrapProse } from './import-support.js';
import {
  FRAMEWORK_FORMAT,
  FRAMEWORK_VERSION,
  type LocatedProblem,
  locateProblems,
  readYamlText,
  sizeProblem,
} from './parse-framework.js';

/** framework.ts allows 30 levels; checked before building them, so `levels: 1e9` cannot exhaust memory. */
const MAX_LEVELS = 30;

interface MonzoLevel extends FrameworkLevel {
  /** How `content[].level` may refer to it: its number, and for named levels its id and name. */
  keys: Set<string>;
}

/** What one topic asks at one level, gathered from every content entry for that level. */
interface Gathered {
  signals: string[];
  examples: string[];
}

/**
 * Reads the Monzo format: front matter with `levels: N` (or a list of level names) and `topics`, each
 * with `content` per level: `criteria`, and `exampleCriteria` (a criterion and its examples).
 * Topics become competencies; criteria become signals, examples examples. Monzo writes no paragraph
 * per level, so the expectation is the criteria themselves, joined: nothing is made up. The Markdown
 * below the front matter (how to read the framework) becomes the description.
 * @example importMonzo(await readFile('web.md', 'utf8'), 'web.md')
 */
export function importMonzo(text: string, fileName: string): ImportResult {
  const tooLarge = sizeProblem(text);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const front = splitFrontMatter(text);
  if (!front && /\.(md|markdown)$/i.test(fileName)) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message:
            'expected Markdown that opens with YAML front matter between two "---" lines (levels, topics)',
        },
      ],
    };
  }
  const read = readYamlText(front?.yaml ?? text, {
    expected: 'a Monzo framework (levels, topics)',
    lineOffset: front?.lineOffset ?? 0,
  });
  if (!read.ok) return read;
  const { value, lineOf } = read.value;
  const problems: LocatedProblem[] = [];
  const warnings: FieldProblem[] = [];

  const levels = readLevels(value.levels, value.topics, problems, warnings);
  if (!Array.isArray(value.topics) || value.topics.length === 0) {
    problems.push({
      path: ['topics'],
      message: 'expected a list of topics, each with a name and content per level',
    });
  }
  const topics = Array.isArray(value.topics) ? value.topics : [];
  const competencies: Competency[] = [];
  const cells: FrameworkCell[] = [];
  const ids = toFrameworkIds(
    topics.map((t) => topicName(t) ?? ''),
    (i) => `topic-${i + 1}`,
  );
  topics.forEach((raw, t) => {
    const topic = record(raw);
    const name = topicName(raw);
    if (!topic || name === undefined) {
      problems.push({ path: ['topics', t], message: 'expected a topic: a mapping with a name and content' });
      return;
    }
    const id = ids[t]!;
    competencies.push({
      id,
      name: cleanTitle(topic.title) ?? humanize(name),
      summary: typeof topic.description === 'string' ? unwrapProse(topic.description) : '',
    });
    const byLevel = gatherContent(topic.content, ['topics', t, 'content'], levels, problems);
    for (const level of levels) {
      const got = byLevel.get(level.id);
      // An entry with `criteria:` left empty and no examples asks nothing at that level.
      if (!got || got.signals.length === 0) continue;
      cells.push({
        level: level.id,
        competency: id,
        expectation: got.signals.map(sentence).join(' '),
        signals: got.signals,
        examples: got.examples,
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems: locateProblems(problems, lineOf) };

  const name = cleanTitle(value.title) ?? cleanTitle(value.sidebarTitle) ?? baseName(fileName);
  return finishImport(
    {
      format: FRAMEWORK_FORMAT,
      version: FRAMEWORK_VERSION,
      id: toFrameworkIds([name], () => 'monzo-framework')[0]!,
      name,
      description: front?.body.trim() ?? '',
      source: `Monzo progression-framework format (${fileName})`,
      levels: levels.map(({ keys: _keys, ...level }) => level),
      competencies,
      cells,
    },
    warnings,
  );
}

/** `levels: 6` (Monzo's files), a list of names (forks that name their levels), or, failing both, the highest level used. */
function readLevels(
  raw: unknown,
  topics: unknown,
  problems: LocatedProblem[],
  warnings: FieldProblem[],
): MonzoLevel[] {
  const numbered = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `level-${i + 1}`,
      name: `Level ${i + 1}`,
      summary: '',
      keys: new Set([String(i + 1)]),
    }));
  const count = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof count === 'number') {
    if (Number.isInteger(count) && count >= 1 && count <= MAX_LEVELS) return numbered(count);
    problems.push({
      path: ['levels'],
      message: `expected the number of levels (a whole number from 1 to ${MAX_LEVELS}), found ${count}`,
    });
    return [];
  }
  if (Array.isArray(raw) && raw.length > 0) {
    const names = raw.map((item) => {
      const r = record(item);
      const text =
        typeof item === 'string' || typeof item === 'number' ? String(item) : (r?.name ?? r?.title ?? r?.id);
      return typeof text === 'string' || typeof text === 'number' ? unwrapProse(String(text)) : '';
    });
    const ids = toFrameworkIds(
      raw.map((item, i) => {
        const id = record(item)?.id;
        return typeof id === 'string' || typeof id === 'number' ? String(id) : (names[i] ?? '');
      }),
      (i) => `level-${i + 1}`,
    );
    return names.map((name, i) => {
      const rawId = record(raw[i])?.id;
      const keys = new Set([String(i + 1), ids[i]!, name.toLowerCase()]);
      if (typeof rawId === 'string' || typeof rawId === 'number') keys.add(String(rawId).toLowerCase());
      return { id: ids[i]!, name: name || `Level ${i + 1}`, summary: '', keys };
    });
  }
  if (raw !== undefined && raw !== null) {
    problems.push({
      path: ['levels'],
      message: 'expected the number of levels (levels: 6) or a list of level names',
    });
    return [];
  }
  const used = (Array.isArray(topics) ? topics : [])
    .flatMap((t) => (Array.isArray(record(t)?.content) ? (record(t)!.content as unknown[]) : []))
    .map((c) => record(c)?.level)
    .filter((l): l is number => typeof l === 'number' && Number.isInteger(l) && l >= 1 && l <= MAX_LEVELS);
  if (used.length === 0) {
    problems.push({
      path: ['levels'],
      message: 'required: the number of levels (levels: 6) or a list of level names',
    });
    return [];
  }
  const highest = used.reduce((a, b) => Math.max(a, b));
  warnings.push({
    path: 'levels',
    message: `the file does not say how many levels; used ${highest}, the highest level in its topics`,
  });
  return numbered(highest);
}

function gatherContent(
  raw: unknown,
  path: Array<string | number>,
  levels: MonzoLevel[],
  problems: LocatedProblem[],
): Map<string, Gathered> {
  const out = new Map<string, Gathered>();
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) {
    problems.push({ path, message: 'expected a list of levels, each with criteria' });
    return out;
  }
  raw.forEach((item, i) => {
    const entry = record(item);
    if (!entry) {
      problems.push({ path: [...path, i], message: 'expected a mapping with level and criteria' });
      return;
    }
    const key =
      typeof entry.level === 'number' || typeof entry.level === 'string' ? String(entry.level).trim() : '';
    const level = levels.find((l) => l.keys.has(key.toLowerCase()));
    if (!level) {
      // Levels already reported as missing or broken would make every entry fail: report them once.
      if (levels.length > 0) {
        problems.push({
          path: [...path, i, 'level'],
          message: `${key ? `unknown level "${key}"` : 'no level'}; the levels are 1 to ${levels.length}`,
        });
      }
      return;
    }
    const got = out.get(level.id) ?? { signals: [], examples: [] };
    out.set(level.id, got);
    got.signals.push(...strings(entry.criteria, [...path, i, 'criteria'], problems));
    const examples = entry.exampleCriteria;
    if (examples === undefined || examples === null) return;
    if (!Array.isArray(examples)) {
      problems.push({
        path: [...path, i, 'exampleCriteria'],
        message: 'expected a list of { criteria, examples }',
      });
      return;
    }
    examples.forEach((ex, j) => {
      const at = [...path, i, 'exampleCriteria', j];
      const e = record(ex);
      if (!e || typeof e.criteria !== 'string' || !e.criteria.trim()) {
        problems.push({ path: at, message: 'expected a criterion (criteria: "...") with its examples' });
        return;
      }
      got.signals.push(unwrapProse(e.criteria));
      got.examples.push(...strings(e.examples, [...at, 'examples'], problems));
    });
  });
  return out;
}

function strings(raw: unknown, path: Array<string | number>, problems: LocatedProblem[]): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path, message: 'expected a list of strings' });
    return [];
  }
  const out: string[] = [];
  raw.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = unwrapProse(String(item));
      if (text) out.push(text);
    } else if (item !== null) problems.push({ path: [...path, i], message: 'expected a string' });
  });
  return out;
}

function topicName(raw: unknown): string | undefined {
  const t = record(raw);
  const name = t?.name ?? t?.title;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

/** Monzo titles open with an emoji ("🛠️ Mastery"): fine on a web page, noise in a terminal table. */
function cleanTitle(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const title = raw.replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return title || undefined;
}

function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function sentence(text: string): string {
  return /[.!?…:;]$/.test(text) ? text : `${text}.`;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function baseName(fileName: string): string {
  return (
    fileName
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]+$/, '') || 'Imported framework'
  );
}
