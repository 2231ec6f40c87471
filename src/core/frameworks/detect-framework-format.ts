/** Tells which format a framework file is in, and settles which level is senior. */
import type { ParseResult } from '../transfer/export-document.js';
import type { FrameworkDocument } from './framework.js';
import { FRAMEWORK_FORMAT, looksLikeJson, MAX_FRAMEWORK_BYTES, readYamlText } from './parse-framework.js';

export type FrameworkFormat = 'promocase' | 'ft' | 'monzo';

/**
 * Recognises a framework file by its content, falling back on its extension. A file that does not
 * parse is given to the reader its extension suggests, so the user sees the syntax error and its line.
 * @example detectFrameworkFormat(text, 'engineering.yml') // 'ft'
 */
export function detectFrameworkFormat(text: string, fileName: string): FrameworkFormat | undefined {
  const markdown = /\.(md|markdown)$/i.test(fileName);
  const yamlOrJson = /\.(ya?ml|json)$/i.test(fileName);
  const front = splitFrontMatter(text);
  if (front) {
    // Huge files are not parsed just to be recognised: the reader will refuse them with a clear message.
    if (text.length > MAX_FRAMEWORK_BYTES) return markdown ? 'monzo' : undefined;
    const read = readYamlText(front.yaml, { expected: 'front matter' });
    if (!read.ok) return markdown ? 'monzo' : undefined;
    return 'topics' in read.value.value ? 'monzo' : undefined;
  }
  if (markdown) return undefined;
  if (text.length > MAX_FRAMEWORK_BYTES)
    return yamlOrJson ? (byPattern(text) ?? 'promocase') : byPattern(text);

  const read = readYamlText(text, { expected: 'a framework', json: looksLikeJson(text, fileName) });
  if (!read.ok) return yamlOrJson ? (byPattern(text) ?? 'promocase') : byPattern(text);
  const value = read.value.value;
  if (value.format === FRAMEWORK_FORMAT) return 'promocase';
  if ('format' in value) return undefined;
  if (Array.isArray(value.themes) && Array.isArray(value.competencies)) return 'ft';
  if (Array.isArray(value.topics) && 'levels' in value) return 'monzo';
  if ('levels' in value && 'cells' in value) return 'promocase';
  return undefined;
}

function byPattern(text: string): FrameworkFormat | undefined {
  if (/["']?format["']?\s*:\s*["']?promocase-framework/.test(text)) return 'promocase';
  if (/^themes\s*:/m.test(text) && /^competencies\s*:/m.test(text)) return 'ft';
  if (/^topics\s*:/m.test(text)) return 'monzo';
  return undefined;
}

/**
 * Splits Markdown with YAML front matter (`---` lines around it). `lineOffset` is the number of lines
 * before the YAML, so messages can give lines of the whole file.
 */
export function splitFrontMatter(
  text: string,
): { yaml: string; body: string; lineOffset: number } | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) return undefined;
  return {
    yaml: rest.slice(0, close.index),
    body: rest.slice(close.index + close[0].length).replace(/^\r?\n/, ''),
    lineOffset: 1,
  };
}

/**
 * Sets the senior level from the user's choice: a level id, or its 1-based position (`--senior-level 3`).
 * An id wins over a position, so a ladder whose ids are numbers still means what it says.
 */
export function withSeniorLevel(doc: FrameworkDocument, choice: string): ParseResult<FrameworkDocument> {
  const wanted = choice.trim();
  const level =
    doc.levels.find((l) => l.id === wanted) ??
    doc.levels.find((l) => l.id.toLowerCase() === wanted.toLowerCase()) ??
    (/^\d+$/.test(wanted) ? doc.levels[Number(wanted) - 1] : undefined) ??
    doc.levels.find((l) => l.name.toLowerCase() === wanted.toLowerCase());
  if (!level) {
    const options = doc.levels.map((l, i) => `${i + 1} = ${l.id} (${l.name})`).join(', ');
    return {
      ok: false,
      problems: [
        {
          path: 'seniorLevel',
          message: `"${wanted}" is not a level of ${doc.name}: give a level id or its number from 1 to ${doc.levels.length}: ${options}`,
        },
      ],
    };
  }
  return { ok: true, value: { ...doc, seniorLevel: level.id } };
}
