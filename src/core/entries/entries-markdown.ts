/** Renders entries as Markdown, grouped by week: for `list --format markdown` and the Markdown export. */
import { weekStart } from '../dates.js';
import type { Entry } from './entry.js';

/** Renders one entry as a Markdown section: title, facts, then the user's own text unchanged. */
export function renderEntryMarkdown(entry: Entry, headingLevel = 3): string {
  const lines = [`${'#'.repeat(headingLevel)} ${entry.date}: ${entry.title}`, ''];
  const facts: string[] = [`kind: ${entry.kind}`, `scope: ${entry.scope}`];
  if (entry.project) facts.push(`project: ${entry.project}`);
  if (entry.competencies.length) facts.push(`competencies: ${entry.competencies.join(', ')}`);
  if (entry.tags.length) facts.push(`tags: ${entry.tags.map((t) => `#${t}`).join(' ')}`);
  lines.push(`*${facts.join(' · ')}*`, '');
  if (entry.details) lines.push(entry.details, '');
  if (entry.impact) lines.push(`**Impact:** ${entry.impact}`, '');
  if (entry.peopleHelped.length) lines.push(`**Helped:** ${entry.peopleHelped.join(', ')}`, '');
  if (entry.collaborators.length) lines.push(`**With:** ${entry.collaborators.join(', ')}`, '');
  if (entry.links.length) lines.push(...entry.links.map((l) => `- <${l}>`), '');
  return lines.join('\n');
}

/** Renders a list of entries (any order) as a document grouped by week, newest week first. */
export function renderEntriesMarkdown(entries: readonly Entry[], title = 'Work log'): string {
  const sorted = [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  const out = [`# ${title}`, ''];
  if (sorted.length === 0) out.push('No entries.', '');
  let currentWeek = '';
  for (const entry of sorted) {
    const week = weekStart(entry.date);
    if (week !== currentWeek) {
      currentWeek = week;
      out.push(`## Week of ${week}`, '');
    }
    out.push(renderEntryMarkdown(entry));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
