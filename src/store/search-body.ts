/** The text both full-text engines index for an entry: what the person wrote, the project, the people and the tags. */

const COLUMNS = ['title', 'details', 'impact', 'project', 'people_helped', 'collaborators', 'tags'] as const;

/**
 * The SQL expression of the indexed text, optionally over a trigger row (`new`).
 * @example searchBodySql('new') // "new.title || ' ' || ... || new.tags"
 */
export function searchBodySql(row?: 'new'): string {
  const col = (c: string) => (row ? `${row}.${c}` : c);
  return COLUMNS.map((c) => (c === 'project' ? `coalesce(${col(c)}, '')` : col(c))).join(` || ' ' || `);
}
