import { describe, expect, it } from 'vitest';
import { assessment, entry, peerFeedback, rating } from '../../../tests/support/people-builders.js';
import { BUILTIN_FRAMEWORK } from '../frameworks/builtin-framework.js';
import { buildGapList } from './gap-list.js';
import { buildRequestKit } from './request-kit.js';

const gapList = buildGapList({
  framework: BUILTIN_FRAMEWORK,
  targetLevel: 'senior',
  assessments: [
    assessment({
      ratings: BUILTIN_FRAMEWORK.competencies.map((c) =>
        rating(c.id, ['communication', 'system-design'].includes(c.id) ? 'junior' : 'senior'),
      ),
    }),
  ],
  goals: [],
});

describe('the peer feedback request kit', () => {
  const entries = [
    entry({
      date: '2026-10-01',
      title: 'Wrote the ledger design doc',
      collaborators: ['Dana Lee', 'Sam Rivera'],
      competencies: ['system-design'],
      links: ['https://docs.example.com/ledger'],
    }),
    entry({
      date: '2026-09-01',
      title: 'Presented the ledger plan',
      collaborators: ['Dana Lee'],
      competencies: ['communication'],
    }),
    entry({
      date: '2026-09-02',
      title: 'Paired on a bug',
      collaborators: ['Chris Po'],
      competencies: ['craft'],
    }),
    entry({
      date: '2026-09-03',
      title: 'Old deleted',
      collaborators: ['Ghost'],
      deletedAt: '2026-09-04T00:00:00.000Z',
    }),
  ];

  it('asks first the collaborators whose shared work covers the weakest competencies', () => {
    const kit = buildRequestKit({
      gapList,
      entries,
      feedback: [],
      today: '2026-11-20',
      engineerName: 'Sam Rivera',
    });
    expect(kit.focus.map((c) => c.id)).toEqual(['system-design', 'communication']);
    expect(kit.requests.map((r) => r.peer)).toEqual(['Dana Lee', 'Chris Po']);
    const dana = kit.requests[0]!;
    expect(dana.competencies.map((c) => c.id)).toEqual(['system-design', 'communication']);
    expect(dana.sharedWork[0]).toMatchObject({
      title: 'Wrote the ledger design doc',
      links: ['https://docs.example.com/ledger'],
    });
    expect(dana.message).toContain('Hi Dana,');
    expect(dana.message).toContain(
      'Wrote the ledger design doc (2026-10-01): https://docs.example.com/ledger',
    );
    expect(dana.message).toMatch(/Situation.*\n.*Behaviour.*\n.*Impact/);
    expect(kit.notes.join(' ')).toContain('at least four');
  });

  it('puts people who gave feedback recently last, and never suggests the engineer or deleted work', () => {
    const kit = buildRequestKit({
      gapList,
      entries,
      feedback: [peerFeedback({ from: 'dana lee', date: '2026-10-15' })],
      today: '2026-11-20',
      engineerName: 'Sam Rivera',
    });
    expect(kit.requests.map((r) => r.peer)).toEqual(['Chris Po', 'Dana Lee']);
    expect(kit.requests[1]!.why).toContain('already gave feedback on 2026-10-15');
    expect(kit.requests.map((r) => r.peer)).not.toContain('Sam Rivera');
    expect(kit.requests.map((r) => r.peer)).not.toContain('Ghost');
  });

  it('says so when the log names no collaborators', () => {
    const kit = buildRequestKit({
      gapList,
      entries: [],
      feedback: [],
      today: '2026-11-20',
      engineerName: 'Sam',
    });
    expect(kit.requests).toEqual([]);
    expect(kit.notes[0]).toContain('No collaborators');
  });
});
