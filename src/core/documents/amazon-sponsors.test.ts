import { describe, expect, it } from 'vitest';
import {
  documentInputs,
  PROFILE,
  sampleEntries,
  samplePeopleLoop,
} from '../../../tests/support/document-fixtures.js';
import type { Relationship } from '../people/people-vocabulary.js';
import { sponsorsSection } from './amazon-sponsors.js';
import { buildDocument } from './build-document.js';
import { type Block, inlinesOf, plainText } from './document-model.js';
import { findGaps } from './find-gaps.js';

const amazon = { ...PROFILE, company: 'amazon' as const };
const sample = samplePeopleLoop().peerFeedback[0]!;

/** Peer feedback dated in the period, one piece per [name, relationship], a day apart (the first is the latest). */
function people(...givers: Array<[string, Relationship]>) {
  const peerFeedback = givers.map(([from, relationship], i) => ({
    ...sample,
    id: `s${i}`,
    date: `2026-09-${String(30 - i)}`,
    from,
    relationship,
  }));
  return { ...samplePeopleLoop(), peerFeedback };
}

const lines = (blocks: Block[]) => blocks.flatMap((b) => inlinesOf(b).map((runs) => plainText(runs)));
const gapsOf = (blocks: Block[]) =>
  blocks.flatMap((b) => inlinesOf(b).flatMap((runs) => runs.flatMap((r) => (r.type === 'gap' ? [r] : []))));

describe('the sponsors of the Amazon document', () => {
  it('names the manager and the feedback givers senior to the engineer or outside the team, not teammates', () => {
    const blocks = sponsorsSection(
      documentInputs(
        'amazon',
        sampleEntries(),
        {},
        amazon,
        people(
          ['Ravi Patel', 'cross-team'],
          ['Mia Chen', 'teammate'],
          ['Lee Park', 'tech-lead'],
          ['ravi patel', 'cross-team'],
        ),
      ),
    );
    expect(lines(blocks)).toEqual([
      'People the data suggests could sponsor this case. Ask each one before naming them.',
      'Priya Nair: your manager (from the profile).',
      'Ravi Patel: from another team; gave 2 pieces of feedback in this period, the latest on 2026-09-30.',
      'Lee Park: tech lead; gave 1 piece of feedback in this period, on 2026-09-28.',
    ]);
    expect(gapsOf(blocks)).toEqual([]);
  });

  it('lists the manager once even when they also gave feedback', () => {
    const blocks = sponsorsSection(
      documentInputs('amazon', sampleEntries(), {}, amazon, people(['priya nair', 'manager'])),
    );
    expect(lines(blocks).filter((l) => l.toLowerCase().includes('priya nair'))).toHaveLength(1);
    expect(gapsOf(blocks).map((g) => g.what)).toEqual([
      'a sponsor senior to you or outside your team who saw the work',
    ]);
  });

  it('asks the engineer to name sponsors when the data names nobody, inventing no one', () => {
    // A blank manager name is no manager: bad input must not become a sponsor called "".
    const nobody = { ...amazon, managerName: '   ' };
    const inputs = documentInputs('amazon', sampleEntries(), {}, nobody, people(['Mia Chen', 'teammate']));
    const blocks = sponsorsSection(inputs);
    expect(blocks).toHaveLength(1);
    expect(gapsOf(blocks).map((g) => g.what)).toEqual([
      'the sponsors of this case: your manager, and a senior engineer or leader outside the team who saw the work',
    ]);
    expect(lines(blocks).join(' ')).not.toContain('Mia Chen');
    const document = buildDocument('amazon', inputs).document;
    expect(findGaps(document).filter((g) => g.section === 'Sponsors')).toHaveLength(1);
  });

  it('asks for the manager when only people outside the team are known', () => {
    const blocks = sponsorsSection(
      documentInputs(
        'amazon',
        sampleEntries(),
        {},
        { ...amazon, managerName: null },
        people(['Ravi Patel', 'stakeholder']),
      ),
    );
    expect(lines(blocks)).toContain(
      'Ravi Patel: stakeholder; gave 1 piece of feedback in this period, on 2026-09-30.',
    );
    expect(gapsOf(blocks).map((g) => g.what)).toEqual(['your manager, who writes this document']);
  });
});
