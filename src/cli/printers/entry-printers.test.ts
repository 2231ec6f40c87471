import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../core/entries/entry.js';
import { renderEntryTable } from './entry-printers.js';

function summary(over: Partial<EntrySummary>): EntrySummary {
  return {
    id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    date: '2026-11-20',
    kind: 'feature',
    scope: 'team',
    project: null,
    title: 'Led the billing migration',
    deletedAt: null,
    ...over,
  };
}

describe('renderEntryTable', () => {
  it('says so when nothing matched', () => {
    expect(renderEntryTable([])).toBe('No entries match.\n');
  });

  it('pads each column to its widest value, the project by the columns a terminal shows', () => {
    const out = renderEntryTable([
      summary({ kind: 'mentoring', scope: 'cross-team', project: '计费' }),
      summary({ id: 'short-id', project: 'billing-platform', title: 'Wrote the RFC' }),
      summary({ id: 'x', project: null }),
    ]);
    expect(out).toBe(
      'ID        DATE        KIND       SCOPE       PROJECT           TITLE\n' +
        '2e3f4a5b  2026-11-20  mentoring  cross-team  计费              Led the billing migration\n' +
        'short-id  2026-11-20  feature    team        billing-platform  Wrote the RFC\n' +
        'x         2026-11-20  feature    team                          Led the billing migration\n',
    );
  });

  it('marks deleted entries, cuts long titles and projects, and leaves no blanks at line ends', () => {
    const out = renderEntryTable([
      summary({
        deletedAt: '2026-11-21T10:00:00.000Z',
        project: 'a-project-name-longer-than-twenty',
        title: 'x'.repeat(100),
      }),
      summary({ title: 'ends in a blank ' }),
    ]);
    const [header, deleted, blank] = out.split('\n');
    expect(header).toBe('ID        DATE        KIND     SCOPE  PROJECT               TITLE');
    expect(deleted).toBe(
      `2e3f4a5b  2026-11-20  feature  team   a-project-name-long…  [deleted] ${'x'.repeat(79)}…`,
    );
    expect(blank).toBe('2e3f4a5b  2026-11-20  feature  team                         ends in a blank');
  });
});
