/** How entries look on the terminal: a table for lists, a card for one entry, the streak summary. */
import type { Entry, EntrySummary } from '../../core/entries/entry.js';
import type { WeekStreak } from '../../core/entries/week-streak.js';
import { renderTable, truncate } from './table.js';

/** The last 8 characters of an id: the random part of a UUIDv7, unique enough to type. */
export function shortId(id: string): string {
  return id.length > 12 ? id.slice(-8) : id;
}

export function renderEntryTable(entries: readonly EntrySummary[]): string {
  if (entries.length === 0) return 'No entries match.\n';
  const rows = entries.map((e) => [
    shortId(e.id),
    e.date,
    e.kind,
    e.scope,
    truncate(e.project ?? '', 20),
    `${e.deletedAt ? '[deleted] ' : ''}${truncate(e.title, 80)}`,
  ]);
  // Only the project is people's text among the padded columns (the title, last, is not padded).
  return renderTable(['ID', 'DATE', 'KIND', 'SCOPE', 'PROJECT', 'TITLE'], rows, [4]);
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
