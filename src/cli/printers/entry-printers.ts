/** How entries look on the terminal: a table for lists, a card for one entry, the streak summary. */
import type { Entry, EntrySummary } from '../../core/entries/entry.js';
import type { WeekStreak } from '../../core/entries/week-streak.js';
import { displayWidth } from './display-width.js';
import { truncate } from './table.js';

/** The last 8 characters of an id: the random part of a UUIDv7, unique enough to type. */
export function shortId(id: string): string {
  return id.length > 12 ? id.slice(-8) : id;
}

const GAP = '  ';

/**
 * Columns as wide as their widest value, the project measured by the columns a terminal shows (计费
 * takes four). Each distinct kind, scope and project is truncated, measured and padded once, not once
 * per row: `promocase list` prints 10,000 rows within a time budget (DESIGN.md section 7), and the
 * generic renderTable's cell arrays and per-cell padding cost it about 17 ms, garbage included.
 */
export function renderEntryTable(entries: readonly EntrySummary[]): string {
  if (entries.length === 0) return 'No entries match.\n';
  let idWidth = 'ID'.length;
  const kinds = new Map<string, string>();
  const scopes = new Map<string, string>();
  const projects = new Map<string | null, string>();
  for (const e of entries) {
    idWidth = Math.max(idWidth, shortId(e.id).length);
    kinds.set(e.kind, e.kind);
    scopes.set(e.scope, e.scope);
    if (!projects.has(e.project)) projects.set(e.project, truncate(e.project ?? '', 20));
  }
  const kindWidth = padColumn(kinds, 'KIND'.length, (k) => k.length);
  const scopeWidth = padColumn(scopes, 'SCOPE'.length, (s) => s.length);
  const projectWidth = padColumn(projects, 'PROJECT'.length, displayWidth);
  let out = `${'ID'.padEnd(idWidth)}${GAP}DATE${' '.repeat(6)}${GAP}${'KIND'.padEnd(kindWidth)}${GAP}${'SCOPE'.padEnd(scopeWidth)}${GAP}${'PROJECT'.padEnd(projectWidth)}${GAP}TITLE\n`;
  for (const e of entries) {
    const title = `${e.deletedAt ? '[deleted] ' : ''}${truncate(e.title, 80)}`;
    const line = `${shortId(e.id).padEnd(idWidth)}${GAP}${e.date}${GAP}${kinds.get(e.kind)}${scopes.get(e.scope)}${projects.get(e.project)}${title}`;
    // Only a title that is empty or ends in a blank leaves blanks at the end of the line.
    out += /\s/.test(title.at(-1) ?? ' ') ? `${line.trimEnd()}\n` : `${line}\n`;
  }
  return out;
}

/** Pads every value of a column (in place, followed by the gap) to the widest; returns that width. */
function padColumn<K>(cells: Map<K, string>, headerWidth: number, width: (text: string) => number): number {
  let widest = headerWidth;
  for (const text of cells.values()) widest = Math.max(widest, width(text));
  for (const [key, text] of cells) cells.set(key, `${text}${' '.repeat(widest - width(text))}${GAP}`);
  return widest;
}

export function renderEntryCard(e: Entry): string {
  const lines = [`${e.title}`, ''];
  const field = (label: string, value: string | readonly string[] | null) => {
    const text = Array.isArray(value) ? value.join(', ') : (value ?? '');
    if (text) lines.push(`${label.padEnd(14)}${text}`);
  };
  field('id', e.id);
  field('date', e.date);
  field('kind', e.kind);
  field('scope', e.scope);
  field('project', e.project);
  field('competencies', e.competencies);
  field('tags', e.tags);
  field('helped', e.peopleHelped);
  field('with', e.collaborators);
  field('links', e.links);
  field('visibility', e.visibility);
  field('source', e.source);
  field('created', e.createdAt);
  field('updated', e.updatedAt);
  field('deleted', e.deletedAt);
  if (e.details) lines.push('', 'Details:', e.details);
  if (e.impact) lines.push('', 'Impact:', e.impact);
  return `${lines.join('\n')}\n`;
}

export function renderStreak(s: WeekStreak): string {
  if (s.weeksTracked === 0) return 'No entries yet: your streak starts with the first one.\n';
  const lines = [
    `Streak: ${s.current} week${s.current === 1 ? '' : 's'} in a row (longest ${s.longest})${s.thisWeekLogged ? '' : '; nothing logged this week yet'}.`,
  ];
  if (s.missedWeeks.length === 0) lines.push(`No missed weeks in ${s.weeksTracked} tracked.`);
  else {
    const shown = s.missedWeeks.slice(0, 8).map((w) => `week of ${w}`);
    const more =
      s.missedWeeks.length > shown.length ? `, and ${s.missedWeeks.length - shown.length} earlier` : '';
    lines.push(`Missed ${s.missedWeeks.length} of ${s.weeksTracked} weeks: ${shown.join(', ')}${more}.`);
  }
  return `${lines.join('\n')}\n`;
}
