/** Converts a Financial Times engineering-progression job family (YAML) into a promocase framework. */

import type { FrameworkCell } from './framework.js';
import {
  finishImport,
  type ImportResult,
  splitListItems,
  toFrameworkIds,
  unwrapProse,
} from './import-support.js';
import {
  FRAMEWORK_FORMAT,
  FRAMEWORK_VERSION,
  type LocatedProblem,
  locateProblems,
  readYamlText,
} from './parse-framework.js';

/** One FT "competency": a single expectation of one theme at one level (a cell holds all of them). */
interface FtCompetency {
  level: string;
  theme: string;
  summary: string;
  proficiency?: string;
  examples: string[];
  links: string[];
}

interface Named {
  rawId: string;
  name: string;
  summary: string;
}

/**
 * Reads the FT format (job-family.schema.json): `levels` and `themes` with ids, and `competencies`,
 * each naming its level and theme. Themes become competencies; all FT competencies of one level and
 * theme become one cell: their summaries the signals, their proficiency part of the expectation.
 * Unknown fields (googleSheetId, isLegacy) are ignored.
 * @example importFinancialTimes(await readFile('engineering.yml', 'utf8'), 'engineering.yml')
 */
export function importFinancialTimes(text: string, fileName: string): ImportResult {
  const read = readYamlText(text, {
    expected: 'a Financial Times job family (name, levels, themes, competencies)',
    json: /\.json$/i.test(fileName),
  });
  if (!read.ok) return read;
  const { value, lineOf } = read.value;
  const problems: LocatedProblem[] = [];

  const levels = readNamedList(value.levels, 'levels', 'level', problems);
  const themes = readNamedList(value.themes, 'themes', 'theme', problems);
  const levelIds = new Set(levels.map((l) => l.rawId));
  const themeIds = new Set(themes.map((t) => t.rawId));
  const competencies: FtCompetency[] = [];
  if (!Array.isArray(value.competencies)) {
    problems.push({
      path: ['competencies'],
      message: 'expected a list of competencies (each with level, theme and summary)',
    });
  } else {
    value.competencies.forEach((item, i) => {
      const c = readCompetency(item, i, levelIds, themeIds, problems);
      if (c) competencies.push(c);
    });
  }
  if (problems.length > 0) return { ok: false, problems: locateProblems(problems, lineOf) };

  const levelId = idMap(levels, (i) => `level-${i + 1}`);
  const themeId = idMap(themes, (i) => `theme-${i + 1}`);
  const cells: FrameworkCell[] = [];
  for (const level of levels) {
    for (const theme of themes) {
      const here = competencies.filter((c) => c.level === level.rawId && c.theme === theme.rawId);
      if (here.length === 0) continue;
      cells.push({
        level: levelId.get(level.rawId)!,
        competency: themeId.get(theme.rawId)!,
        expectation: expectationOf(here),
        signals: here.flatMap((c) => splitListItems(c.summary)),
        examples: here.flatMap((c) => c.examples),
      });
    }
  }

  const name = typeof value.name === 'string' && value.name.trim() ? value.name.trim() : baseName(fileName);
  return finishImport({
    format: FRAMEWORK_FORMAT,
    version: FRAMEWORK_VERSION,
    id: toFrameworkIds([name], () => 'ft-framework')[0]!,
    name,
    description: typeof value.summary === 'string' ? unwrapProse(value.summary) : '',
    source: `Financial Times engineering-progression format (${fileName})`,
    levels: levels.map((l) => ({ id: levelId.get(l.rawId)!, name: l.name, summary: l.summary })),
    competencies: themes.map((t) => ({ id: themeId.get(t.rawId)!, name: t.name, summary: t.summary })),
    cells,
  });
}

/** The file's words only: the summaries, then the proficiency FT expects, then its supporting links. */
function expectationOf(here: FtCompetency[]): string {
  const parts = [here.map((c) => c.summary).join('\n\n')];
  const proficiencies = [...new Set(here.flatMap((c) => (c.proficiency ? [c.proficiency] : [])))];
  if (proficiencies.length > 0) parts.push(`Expected proficiency: ${proficiencies.join(', ')}.`);
  const links = here.flatMap((c) => c.links);
  if (links.length > 0) parts.push(`Supporting links: ${links.join('; ')}`);
  return parts.join('\n\n');
}

function readNamedList(raw: unknown, key: string, what: string, problems: LocatedProblem[]): Named[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    const what = raw === undefined ? 'required' : 'expected';
    problems.push({ path: [key], message: `${what}: a list of ${key}, each with an id and a name` });
    return [];
  }
  const seen = new Map<string, number>();
  const out: Named[] = [];
  raw.forEach((item, i) => {
    const rawId = idText(record(item)?.id);
    if (rawId === undefined) {
      problems.push({ path: [key, i, 'id'], message: `every ${what} needs an id (a string)` });
      return;
    }
    const first = seen.get(rawId);
    if (first !== undefined) {
      problems.push({
        path: [key, i, 'id'],
        message: `duplicate ${what} id "${rawId}" (first at ${key}[${first}])`,
      });
      return;
    }
    seen.set(rawId, i);
    const fields = record(item)!;
    out.push({
      rawId,
      // The FT schema requires names, but an id is a fair label where one is missing.
      name: typeof fields.name === 'string' && fields.name.trim() ? unwrapProse(fields.name) : rawId,
      summary: typeof fields.summary === 'string' ? unwrapProse(fields.summary) : '',
    });
  });
  return out;
}

function readCompetency(
  item: unknown,
  i: number,
  levels: Set<string>,
  themes: Set<string>,
  problems: LocatedProblem[],
): FtCompetency | undefined {
  const c = record(item);
  const path = ['competencies', i];
  if (!c) {
    problems.push({ path, message: 'expected a competency: a mapping with level, theme and summary' });
    return undefined;
  }
  const before = problems.length;
  const level = idText(c.level);
  const theme = idText(c.theme);
  // With no readable levels (already reported) every reference would fail: say it once, not per item.
  if (level === undefined || (levels.size > 0 && !levels.has(level))) {
    const found = level === undefined ? 'no level' : `unknown level "${level}"`;
    problems.push({
      path: [...path, 'level'],
      message: `${found}; the levels are: ${[...levels].join(', ')}`,
    });
  }
  if (theme === undefined || (themes.size > 0 && !themes.has(theme))) {
    const found = theme === undefined ? 'no theme' : `unknown theme "${theme}"`;
    problems.push({
      path: [...path, 'theme'],
      message: `${found}; the themes are: ${[...themes].join(', ')}`,
    });
  }
  if (typeof c.summary !== 'string' || c.summary.trim() === '') {
    problems.push({
      path: [...path, 'summary'],
      message: 'expected a summary: what the competency asks for',
    });
  }
  const examples = stringList(c.examples, [...path, 'examples'], problems);
  const links = Array.isArray(c.supportingUrls) ? c.supportingUrls.flatMap(linkText) : [];
  if (problems.length > before) return undefined;
  return {
    level: level!,
    theme: theme!,
    summary: unwrapProse(c.summary as string),
    ...(typeof c.proficiency === 'string' && c.proficiency.trim()
      ? { proficiency: c.proficiency.trim() }
      : {}),
    examples,
    links,
  };
}

function stringList(raw: unknown, path: LocatedProblem['path'], problems: LocatedProblem[]): string[] {
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
    } else problems.push({ path: [...path, i], message: 'expected a string' });
  });
  return out;
}

function linkText(raw: unknown): string[] {
  const link = record(raw);
  if (!link || typeof link.url !== 'string') return [];
  return [
    typeof link.label === 'string' && link.label.trim() ? `${link.label.trim()} (${link.url})` : link.url,
  ];
}

function idMap(items: Named[], fallback: (index: number) => string): Map<string, string> {
  const ids = toFrameworkIds(
    items.map((i) => i.rawId),
    fallback,
  );
  return new Map(items.map((item, i) => [item.rawId, ids[i]!]));
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function baseName(fileName: string): string {
  return (
    fileName
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]+$/, '') || 'Imported framework'
  );
}
