/** The text an entry becomes in $EDITOR, and back: labelled header lines, then Details and Impact sections. */
import type { EntryFields } from '../core/entries/entry.js';
import { ENTRY_KINDS, ENTRY_SCOPES } from '../core/entries/entry-vocabulary.js';
import { type FieldProblem, invalidInput } from '../core/errors.js';

const HEADER_FIELDS = [
  ['Title', 'title'],
  ['Date', 'date'],
  ['Kind', 'kind'],
  ['Scope', 'scope'],
  ['Project', 'project'],
  ['Competencies', 'competencies'],
  ['Tags', 'tags'],
  ['Helped', 'peopleHelped'],
  ['With', 'collaborators'],
  ['Links', 'links'],
  ['Visibility', 'visibility'],
] as const;

const LIST_FIELDS = new Set(['competencies', 'tags', 'peopleHelped', 'collaborators', 'links']);
const DETAILS_MARK = '--- Details: what I did, decisions made ---';
const IMPACT_MARK = '--- Impact: outcome, metrics ---';

export function renderEntryTemplate(fields: EntryFields): string {
  const lines = [
    `# Lines starting with # are ignored. Lists are comma-separated; links are separated by spaces.`,
    `# Kind: ${ENTRY_KINDS.join(' | ')}. Scope: ${ENTRY_SCOPES.join(' | ')}. Visibility: private | manager.`,
  ];
  for (const [label, key] of HEADER_FIELDS) {
    const value = fields[key];
    // Links are separated by spaces: a URL may contain commas, never a space.
    const list = Array.isArray(value) ? value.join(key === 'links' ? ' ' : ', ') : undefined;
    lines.push(`${label}: ${list ?? value ?? ''}`);
  }
  lines.push('', DETAILS_MARK, fields.details, '', IMPACT_MARK, fields.impact, '');
  return lines.join('\n');
}

/** Reads the edited text back into entry fields; validation happens in the service. */
export function parseEntryTemplate(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let section: 'header' | 'details' | 'impact' = 'header';
  const details: string[] = [];
  const impact: string[] = [];
  // A header line the template has no place for, or a field given twice, would be dropped without a word.
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    if (line.trim() === DETAILS_MARK) section = 'details';
    else if (line.trim() === IMPACT_MARK) section = 'impact';
    else if (section === 'details') details.push(line);
    else if (section === 'impact') impact.push(line);
    else if (line.startsWith('#') || !line.trim()) continue;
    else {
      const at = line.indexOf(':');
      const entry =
        at < 0
          ? undefined
          : HEADER_FIELDS.find(([l]) => l.toLowerCase() === line.slice(0, at).trim().toLowerCase());
      if (!entry) {
        problems.push({
          path: `line ${i + 1}`,
          message: `"${line.trim().slice(0, 60)}" is not a field here; use ${HEADER_FIELDS.map(([l]) => l).join(', ')} ("Label: value"), or write text under the Details line`,
        });
        continue;
      }
      const [label, field] = entry;
      const first = seen.get(field);
      if (first !== undefined) {
        problems.push({ path: `line ${i + 1}`, message: `${label} is already given on line ${first}` });
        continue;
      }
      seen.set(field, i + 1);
      const value = line.slice(at + 1).trim();
      if (LIST_FIELDS.has(field)) out[field] = splitList(value, field === 'links' ? /\s+/ : ',');
      else if (field === 'project') out[field] = value || null;
      else if (value || field === 'title') out[field] = value;
    }
  }
  if (problems.length) throw invalidInput(problems);
  out.details = details.join('\n').trim();
  out.impact = impact.join('\n').trim();
  return out;
}

function splitList(value: string, separator: string | RegExp): string[] {
  return value
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);
}
