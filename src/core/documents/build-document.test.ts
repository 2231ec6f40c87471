import { describe, expect, it } from 'vitest';
import {
  documentInputs,
  makeEntry,
  PROFILE,
  sampleEntries,
  samplePeopleLoop,
} from '../../../tests/support/document-fixtures.js';
import { buildDocument } from './build-document.js';
import { type Block, inlinesOf, type PromoDocument, plainText } from './document-model.js';
import { DOCUMENT_TYPES } from './document-types.js';
import { countGaps, findGaps } from './find-gaps.js';
import { countDocumentWords } from './limit-words.js';

function citedIds(doc: PromoDocument): Set<string> {
  const ids = new Set<string>();
  for (const s of doc.sections)
    for (const b of s.blocks as Block[])
      for (const runs of inlinesOf(b)) for (const r of runs) if (r.type === 'citation') ids.add(r.entryId);
  return ids;
}

function sectionText(doc: PromoDocument, id: string): string {
  const section = doc.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id} in ${doc.sections.map((s) => s.id).join(', ')}`);
  return section.blocks
    .map((b) =>
      inlinesOf(b)
        .map((r) => plainText(r))
        .join(' | '),
    )
    .join('\n');
}

describe('every document type', () => {
  for (const type of DOCUMENT_TYPES) {
    it(`${type}: cites only entries the selection let in`, () => {
      const inputs = documentInputs(type, sampleEntries());
      const { document } = buildDocument(type, inputs);
      const allowed = new Set(inputs.choice.included.map((e) => e.id));
      expect(citedIds(document).size).toBeGreaterThan(0);
      for (const id of citedIds(document)) expect(allowed).toContain(id);
      expect(document.type).toBe(type);
      expect(document.metadata.map((m) => m.label)).toContain('Evidence');
    });
  }

  it('builds from no entries at all without inventing anything', () => {
    for (const type of DOCUMENT_TYPES) {
      const { document } = buildDocument(type, documentInputs(type, []));
      expect(citedIds(document).size).toBe(0);
    }
  });
});

describe('the brag document', () => {
  const { document } = buildDocument('brag', documentInputs('brag', sampleEntries()));

  it('includes private entries: it is the engineer’s own', () => {
    expect(citedIds(document)).toContain('e-private');
    expect(citedIds(document)).not.toContain('e-old');
  });

  it('has projects as stories, design, collaboration and work that was not my job', () => {
    expect(document.sections.map((s) => s.id)).toEqual([
      'overview',
      'projects',
      'design',
      'collaboration',
      'peer-feedback',
      'glue',
      'other',
    ]);
    expect(sectionText(document, 'projects')).toContain('page-cache (2026-07-06 to 2026-08-12)');
    expect(sectionText(document, 'projects')).toContain(
      'I chose a read-through cache over precomputing pages, because prices change hourly.',
    );
    expect(sectionText(document, 'collaboration')).toContain('Onboarded Jordan onto the payments service');
    expect(sectionText(document, 'glue')).toContain('Led the response to the checkout outage <INC-7>');
  });

  it('lists a gap for every outcome without a number', () => {
    const gaps = findGaps(document);
    expect(gaps.find((g) => g.claim?.startsWith('Design approved by two teams'))).toMatchObject({
      what: 'a number for this outcome',
      section: 'Projects',
      under: 'page-cache (2026-07-06 to 2026-08-12)',
    });
    expect(gaps.some((g) => g.under?.startsWith('search') && g.what.startsWith('the outcome'))).toBe(true);
    expect(countGaps(document)).toBe(gaps.length);
  });
});

describe('the period summary', () => {
  it('keeps private entries out and puts measured results first as highlights', () => {
    const { document } = buildDocument('summary', documentInputs('summary', sampleEntries()));
    expect(citedIds(document)).not.toContain('e-private');
    expect(sectionText(document, 'highlights')).toBe(
      'Shipped the page cache: p95 render time from 2 s to 300 ms.',
    );
  });
});

describe('the handoff for a new manager', () => {
  const inputs = documentInputs('handoff', sampleEntries());

  it('says where I am going per competency, with the evidence so far and where it is thin', () => {
    const { document } = buildDocument('handoff', inputs);
    expect(sectionText(document, 'about')).toContain('Manager on record | Priya Nair');
    expect(sectionText(document, 'goal')).toContain('Aiming at Senior engineer from Mid-level engineer');
    expect(sectionText(document, 'goal')).toMatch(
      /System design \| .+ \| 1 entry; latest: Wrote the cache design doc/,
    );
    expect(sectionText(document, 'thin')).toContain('Impact');
    expect(sectionText(document, 'people')).toContain('Jordan Lee | 0 | 1');
  });

  it('asks for ratings and written criteria when none are recorded', () => {
    const gaps = findGaps(buildDocument('handoff', inputs).document);
    expect(gaps.map((g) => g.section)).toEqual(
      expect.arrayContaining(['Ratings and what it would take', 'What we agreed needs to be true']),
    );
  });

  it('says a goal past its due date is overdue, and a done goal without its percentage', () => {
    const people = samplePeopleLoop();
    const [goal] = people.goals;
    const late = {
      ...goal!,
      id: 'g2',
      title: 'Get better at leadership',
      deliverable: 'Run the incident review',
      due: '2026-Q3',
      status: 'planned' as const,
      checkIns: [],
    };
    const done = { ...goal!, id: 'g3', title: 'Ship the page cache', status: 'done' as const };
    const inputs = documentInputs('handoff', sampleEntries(), {}, PROFILE, {
      ...people,
      goals: [late, done],
    });
    const goals = sectionText(buildDocument('handoff', inputs).document, 'goals');
    expect(goals).toContain(
      'Get better at leadership: Run the incident review (planned, overdue: due 2026-Q3, 51 days ago, 0% done)',
    );
    expect(goals).toContain(
      'Ship the page cache: An approved design doc for the search cache (done, due 2026-12-15)',
    );
  });

  it('hands over the ratings, criteria, goals, manager changes and peer feedback that are recorded', () => {
    const withPeople = documentInputs('handoff', sampleEntries(), {}, PROFILE, samplePeopleLoop());
    const { document } = buildDocument('handoff', withPeople);
    expect(document.sections.map((s) => s.id)).toEqual([
      'about',
      'goal',
      'ratings',
      'criteria',
      'goals',
      'managers',
      'projects',
      'people',
      'peer-feedback',
      'thin',
    ]);
    expect(sectionText(document, 'ratings')).toContain(
      'System design | exceeds Mid-level engineer (manager, 2026-09-10) | Lead the design of a system another team depends on (2026-09-10)',
    );
    expect(sectionText(document, 'ratings')).toContain('Already rated at Senior engineer: Craft.');
    expect(sectionText(document, 'criteria')).toContain('Own a cross-team design end to end');
    expect(sectionText(document, 'criteria')).toContain('career conversation with Priya Nair on 2026-09-10');
    expect(sectionText(document, 'goals')).toBe(
      'Lead the cache design for search: An approved design doc for the search cache (active, due 2026-12-15, 40% done)',
    );
    expect(sectionText(document, 'managers')).toBe('2026-10-20: Dana Kim (after Priya Nair)');
    expect(sectionText(document, 'peer-feedback')).toContain('answered every question');
    expect(sectionText(document, 'peer-feedback')).not.toContain('long before the period');
    expect(JSON.stringify(document)).not.toContain('Private notes');
    expect(findGaps(document).map((g) => g.section)).not.toContain('What we agreed needs to be true');
  });
});

describe('the Connect', () => {
  it('lists planned and active goals as the goals for the next period', () => {
    const inputs = documentInputs('microsoft', sampleEntries(), {}, PROFILE, samplePeopleLoop());
    const { document } = buildDocument('microsoft', inputs);
    expect(sectionText(document, 'next')).toContain('Lead the cache design for search');
    expect(findGaps(document).map((g) => g.section)).not.toContain('Goals for the next period');
  });

  it('sorts entries into the three circles and leaves setbacks and goals to the author', () => {
    const { document } = buildDocument('microsoft', documentInputs('microsoft', sampleEntries()));
    expect(sectionText(document, 'others-success')).toContain('Onboarded Jordan');
    expect(sectionText(document, 'building-on-others')).toContain('Wrote the cache design doc');
    expect(sectionText(document, 'individual')).toContain('Shipped the page cache');
    expect(findGaps(document).map((g) => g.section)).toEqual(
      expect.arrayContaining(['Setbacks and learnings', 'Goals for the next period']),
    );
  });
});

describe('the Meta self-review', () => {
  it('is organised by the four axes', () => {
    const { document } = buildDocument('meta', documentInputs('meta', sampleEntries()));
    expect(document.sections.map((s) => s.title)).toEqual([
      'Project Impact',
      'Engineering Excellence',
      'Direction',
      'People',
    ]);
    expect(sectionText(document, 'people')).toContain('Onboarded Jordan');
  });

  it("tells each project's evidence under the axis it supports, each line once", () => {
    const project = 'ledger';
    const entries = [
      makeEntry({
        kind: 'design',
        project,
        title: 'Wrote the ledger design doc',
        details: 'Ledger writes were lost on failover. I chose an append-only log over in-place updates.',
      }),
      makeEntry({
        kind: 'feature',
        project,
        title: 'Shipped the ledger',
        impact: 'Lost writes from 12 a month to 0.',
      }),
      makeEntry({ kind: 'tech-debt', project, title: 'Deleted the old ledger tables' }),
      makeEntry({
        kind: 'other',
        project,
        title: 'Paired with Sam on ledger tests',
        peopleHelped: ['Sam Ito'],
        collaborators: ['Ana Ruiz'],
      }),
    ];
    const { document } = buildDocument('meta', documentInputs('meta', entries));
    expect(sectionText(document, 'project-impact')).toContain('Lost writes from 12 a month to 0.');
    expect(sectionText(document, 'project-impact')).toContain('Ledger writes were lost on failover.');
    expect(sectionText(document, 'engineering-excellence')).toContain('Deleted the old ledger tables');
    expect(sectionText(document, 'direction')).toContain('Wrote the ledger design doc');
    expect(sectionText(document, 'direction')).toContain('I chose an append-only log over in-place updates.');
    expect(sectionText(document, 'people')).toContain('Paired with Sam on ledger tests');
    expect(sectionText(document, 'people')).toContain('Worked with Ana Ruiz.');
    const lines = document.sections.flatMap((s) =>
      s.blocks.filter((b) => b.type === 'list').flatMap((b) => inlinesOf(b).map(plainText)),
    );
    expect(new Set(lines).size).toBe(lines.length);
    for (const e of entries) expect(citedIds(document)).toContain(e.id);
  });

  it('leaves a gap under an axis no entry supports', () => {
    const entries = [makeEntry({ kind: 'feature', project: 'ledger', title: 'Shipped the ledger' })];
    const { document } = buildDocument('meta', documentInputs('meta', entries));
    const gaps = findGaps(document).map((g) => g.section);
    expect(gaps).toEqual(expect.arrayContaining(['Engineering Excellence', 'Direction', 'People']));
    expect(sectionText(document, 'project-impact')).toContain('Shipped the ledger');
  });

  it('refuses to exceed the word limit and reports what it cut', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      makeEntry({
        date: '2026-09-01',
        title: `Shipped improvement number ${i} to the ranking service`,
        project: 'ranking',
        impact: `latency down ${i}%`,
      }),
    );
    const built = buildDocument('meta', documentInputs('meta', many), { wordLimit: 200 });
    expect(countDocumentWords(built.document)).toBeLessThanOrEqual(200);
    expect(built.wordLimit!.wordsBefore).toBeGreaterThan(200);
    expect(built.wordLimit!.cut.length).toBeGreaterThan(0);
    expect(built.document.metadata.at(-1)).toMatchObject({ label: 'Words' });
    expect(built.document.metadata.at(-1)!.value).toMatch(/^\d+ of 200 \(\d+ pieces cut, \d+ words\)$/);
  });

  it('keeps a project’s latest outcome when the limit cuts: outcomes come before what I did, latest first', () => {
    const milestones = Array.from({ length: 8 }, (_, i) =>
      makeEntry({
        date: `2026-09-0${i + 1}`,
        title: `Migrated cohort ${i} of the billing accounts to the new service`,
        project: 'billing',
        impact: `${(i + 1) * 5}% of accounts on the new service after step ${i}`,
      }),
    );
    const built = buildDocument('meta', documentInputs('meta', milestones), { wordLimit: 60 });
    const impact = sectionText(built.document, 'project-impact');
    expect(impact).toContain('40% of accounts on the new service after step 7');
    expect(impact).not.toContain('Migrated cohort 7');
  });
});

describe("the manager's brief", () => {
  const inputs = documentInputs('brief', sampleEntries(), {}, PROFILE, samplePeopleLoop());
  const { document } = buildDocument('brief', inputs);

  it('states the thesis from the readiness analysis and lists the strongest claims with their evidence', () => {
    expect(sectionText(document, 'thesis')).toMatch(
      /^Alex Doe for Senior engineer: not ready yet \(readiness \d+ of 100/,
    );
    const claims = document.sections.find((s) => s.id === 'claims')!.blocks[0]!;
    expect(claims.type === 'list' && claims.ordered).toBe(true);
    expect(sectionText(document, 'claims')).toContain(
      'Shipped the page cache: p95 render time from 2 s to 300 ms.',
    );
  });

  it('answers the five questions, and marks the unanswered ones as gaps', () => {
    const questions = document.sections.find((s) => s.id === 'questions')!.blocks[0]!;
    expect(questions.type === 'list' ? questions.items.length : 0).toBe(5);
    expect(findGaps(document).filter((g) => g.section === "The committee's five questions").length).toBe(
      inputs.readiness!.questions.filter((q) => !q.answered).length,
    );
  });

  it('cites each entry an answer lists right after its title, with no second list of dates', () => {
    const questions = document.sections.find((s) => s.id === 'questions')!.blocks[0]!;
    const listing = inputs.readiness!.questions.flatMap((q, i) => (q.answered && q.listsEntries ? [i] : []));
    expect(listing.length).toBeGreaterThan(0);
    for (const i of listing) {
      const runs = questions.type === 'list' ? questions.items[i]! : [];
      const evidence = inputs.readiness!.questions[i]!.evidence;
      expect(runs.filter((r) => r.type === 'citation').map((r) => r.entryId)).toEqual(evidence);
      runs.forEach((r, at) => {
        if (r.type !== 'citation') return;
        const before = runs[at - 1]!;
        const title = inputs.choice.included.find((e) => e.id === r.entryId)!.title;
        expect(before.type === 'text' && before.text.endsWith(title)).toBe(true);
      });
      expect(runs.some((r) => r.type === 'text' && /\(\d{4}-\d\d-\d\d\)/.test(r.text))).toBe(false);
    }
  });

  it('answers objections with cited evidence and leaves the open ones as gaps', () => {
    const open = inputs.readiness!.objections.filter((o) => o.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(findGaps(document).filter((g) => g.section === 'Likely objections').length).toBe(open.length);
  });

  it('judges only the entries the selection allows: private ones stay out of the analysis', () => {
    const ids = new Set(inputs.readiness!.competencies.flatMap((c) => c.supporting));
    expect(ids.has('e-private')).toBe(false);
    expect(citedIds(document).has('e-private')).toBe(false);
  });
});

describe('the promotion case', () => {
  const inputs = documentInputs('case', sampleEntries(), {}, PROFILE, samplePeopleLoop());
  const { document } = buildDocument('case', inputs);

  it('opens with the thesis: the target level, the verdict and why now', () => {
    expect(document.sections.map((s) => s.id)).toEqual([
      'thesis',
      'competencies',
      'stories',
      'beyond',
      'peers',
      'consistency',
      'objections',
    ]);
    expect(sectionText(document, 'thesis')).toMatch(
      /^Alex Doe, Mid-level engineer, for Senior engineer\. The readiness analysis of this evidence says not ready yet \(\d+ of 100\)\./,
    );
    expect(sectionText(document, 'thesis')).toContain(
      `Next-level work sustained over ${inputs.readiness!.overall.sustainedMonths} months; a committee wants 6-12.`,
    );
  });

  it('says each reason of the thesis once: why now is not repeated in the list under it', () => {
    const lines = sectionText(document, 'thesis').split('\n');
    const summary = inputs.readiness!.consistency.summary;
    expect(lines.filter((l) => l.includes(summary))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('of sustained next-level evidence'))).toHaveLength(0);
    expect(lines.some((l) => l.startsWith('Strong at Senior engineer:'))).toBe(true);
  });

  it('puts the strongest evidence per competency next to the target level’s signals', () => {
    const competencies = sectionText(document, 'competencies');
    expect(competencies).toContain('What Senior engineer expects.');
    expect(competencies).toContain(
      'Writes design docs for their system that reviewers find clear and that hold up once built.',
    );
    expect(competencies).toMatch(
      /Wrote the cache design doc: Design approved by two teams\. \(closest signal: Writes design docs/,
    );
    // A competency nothing supports is a gap to fill, not an empty heading.
    expect(findGaps(document)).toContainEqual(
      expect.objectContaining({
        under: 'Technical leadership: gap',
        what: 'an entry that shows Technical leadership at the Senior engineer level',
      }),
    );
  });

  it('shows each competency its own evidence first, an entry shown before only where none is left', () => {
    const impact = 'Cut the nightly run from 4 hours to 22 minutes for 3 teams.';
    const shared = ['2026-10-20', '2026-10-13', '2026-10-06'].map((date) =>
      makeEntry({ date, scope: 'team', impact, competencies: ['ownership', 'impact'] }),
    );
    const ownOnly = ['2026-08-03', '2026-07-06'].map((date) =>
      makeEntry({ date, scope: 'team', impact, competencies: ['impact'] }),
    );
    const built = buildDocument('case', documentInputs('case', [...shared, ...ownOnly])).document;
    const blocks = built.sections.find((s) => s.id === 'competencies')!.blocks;
    const listedUnder = (name: string) => {
      const at = blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith(`${name}:`));
      const label = blocks.findIndex(
        (b, i) => i > at && b.type === 'paragraph' && plainText(b.content) === 'Strongest evidence.',
      );
      const list = blocks[label + 1]!;
      return [...citedIds({ ...built, sections: [{ id: 'x', title: 'x', blocks: [list] }] })];
    };
    const [ownership, impactIds] = [listedUnder('Ownership'), listedUnder('Impact')];
    expect(ownership).toHaveLength(3);
    expect(impactIds).toHaveLength(3);
    // Five entries across six places: one repeat, where the second competency ran out of its own.
    expect(new Set([...ownership, ...impactIds]).size).toBe(5);
  });

  it('tells projects as stories and shows the work beyond my own output with the people helped', () => {
    expect(sectionText(document, 'stories')).toContain('page-cache (2026-07-06 to 2026-08-12)');
    expect(sectionText(document, 'beyond')).toContain('Onboarded Jordan onto the payments service');
    expect(sectionText(document, 'beyond')).toContain('People helped: Jordan Lee');
  });

  it('quotes peers from the period only, and shows consistency period by period', () => {
    expect(sectionText(document, 'peers')).toContain('answered every question');
    expect(sectionText(document, 'peers')).not.toContain('long before the period');
    expect(sectionText(document, 'consistency')).toContain('2026-H2 | 5 | 3');
  });

  it('answers the answered objections with evidence and leaves the open ones as gaps', () => {
    const open = inputs.readiness!.objections.filter((o) => o.status === 'open');
    const section = 'Objections, answered before they are raised';
    expect(findGaps(document).filter((g) => g.section === section).length).toBe(open.length);
    expect(sectionText(document, 'objections')).toContain('"This is mid-level scope." page-cache');
  });

  it('asks for peer quotes instead of inventing them when none is recorded', () => {
    const bare = buildDocument('case', documentInputs('case', sampleEntries())).document;
    expect(findGaps(bare).map((g) => g.section)).toContain('What peers say');
  });
});

describe('the Google promotion packet', () => {
  const google = { ...PROFILE, company: 'google' as const };
  const inputs = documentInputs('google', sampleEntries(), {}, google, samplePeopleLoop());
  const { document } = buildDocument('google', inputs);

  it('quotes specific peer feedback and counts, not quotes, the generic praise beside it', () => {
    const sample = samplePeopleLoop().peerFeedback[0]!;
    const said = (id: string, from: string, text: string) => ({
      ...sample,
      id,
      from,
      text,
      date: '2026-10-01',
    });
    const people = {
      ...samplePeopleLoop(),
      peerFeedback: [
        said(
          'f-specific',
          'Marcus Chen',
          'During INC-2291 Alex paused the invoice job within 20 minutes of the page, checked that no card had been charged twice, and wrote the customer note with support.',
        ),
        said('f-rockstar', 'Jordan Lee', 'Alex is an amazing mentor and a total rockstar.'),
        said('f-player', 'Diego Alvarez', 'Alex is a great team player and always helpful.'),
      ],
    };
    const built = buildDocument(
      'google',
      documentInputs('google', sampleEntries(), {}, google, people),
    ).document;
    const peers = sectionText(built, 'peers');
    expect(peers).toContain('During INC-2291 Alex paused the invoice job');
    expect(peers).not.toContain('rockstar');
    expect(peers).toMatch(
      /Not quoted: 2 pieces of feedback from (Jordan Lee|Diego Alvarez) and (Jordan Lee|Diego Alvarez) /,
    );
    expect(findGaps(built).filter((g) => g.section === 'Peer feedback highlights')).toEqual([]);
  });

  it('opens with a context a committee that does not know the candidate can read cold', () => {
    expect(document.sections.map((s) => s.id)).toEqual([
      'context',
      'ownership',
      'artifacts',
      'peers',
      'dimensions',
    ]);
    expect(document.title).toBe('Promotion packet: Alex Doe for Senior engineer (Google L5)');
    expect(sectionText(document, 'context')).toContain(
      'Alex Doe is a Mid-level engineer (Google L4) put forward for Senior engineer (Google L5); their manager is Priya Nair.',
    );
    expect(sectionText(document, 'context')).toContain('page-cache: 2026-07-06 to 2026-08-12, 2 entries');
    // The data has no team: the packet asks for it rather than guessing.
    expect(findGaps(document).find((g) => g.section === 'Context')?.what).toMatch(/^the team/);
  });

  it('tells each project as a story of ownership and lists artifacts with the metric their entry states', () => {
    expect(sectionText(document, 'ownership')).toContain(
      'I chose a read-through cache over precomputing pages, because prices change hourly.',
    );
    expect(sectionText(document, 'artifacts')).toContain(
      'Wrote the cache design doc | design | https://docs.example.com/design/page-cache | Design approved by two teams.',
    );
    expect(findGaps(document)).toContainEqual(
      expect.objectContaining({ section: 'Artifacts', what: 'a number for this outcome' }),
    );
  });

  it('maps the evidence onto Google’s dimensions and quotes peers', () => {
    const dimensions = document.sections.find((s) => s.id === 'dimensions')!.blocks;
    expect(
      dimensions.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : '')),
    ).toEqual(['Contribution', 'Challenge', 'Influence', 'Expertise']);
    expect(sectionText(document, 'dimensions')).toContain(
      'Shipped the page cache: p95 render time from 2 s to 300 ms.',
    );
    expect(sectionText(document, 'peers')).toContain('answered every question');
  });

  it('labels the dimensions as reported: they come from former employees, not from Google', () => {
    expect(sectionText(document, 'dimensions')).toContain(
      'Impact, with the expected reach growing by level: the team at L5, the organisation at L6 (reported). Read from: Impact, Ownership.',
    );
  });

  it('lists design documents right after measured results when there are more artifacts than it shows', () => {
    const link = (i: number) => [`https://example.com/${i}`];
    const measured = Array.from({ length: 14 }, (_, i) =>
      makeEntry({
        date: `2026-09-${String(i + 10).padStart(2, '0')}`,
        title: `Launch ${i}`,
        impact: 'p95 from 800 ms to 300 ms',
        links: link(i),
      }),
    );
    const design = makeEntry({
      date: '2026-08-01',
      title: 'Wrote the billing design doc',
      kind: 'design',
      links: link(99),
    });
    const newer = [1, 2].map((i) =>
      makeEntry({ date: `2026-10-0${i}`, title: `Small fix ${i}`, links: link(100 + i) }),
    );
    const { document: packet } = buildDocument(
      'google',
      documentInputs('google', [...measured, design, ...newer], {}, google),
    );
    const artifacts = sectionText(packet, 'artifacts');
    expect(artifacts).toContain('Wrote the billing design doc');
    expect(artifacts).not.toContain('Small fix 2');
    expect(artifacts).toContain('2 more entries with links are not listed.');
  });

  it('asks for artifacts when no entry has a link', () => {
    const bare = sampleEntries().map((e) => ({ ...e, links: [] }));
    const gaps = findGaps(buildDocument('google', documentInputs('google', bare)).document);
    expect(gaps.find((g) => g.section === 'Artifacts')?.why).toBe('no entry in the selection has a link');
  });
});

describe('the Amazon promotion document', () => {
  const amazon = { ...PROFILE, company: 'amazon' as const };
  const inputs = documentInputs('amazon', sampleEntries(), {}, amazon, samplePeopleLoop());
  const { document } = buildDocument('amazon', inputs);
  /** The Amazon document with one piece of the sample's feedback from each of these names. */
  const withFeedbackFrom = (names: string[], firstId: number) => {
    const sample = samplePeopleLoop().peerFeedback[0]!;
    const peerFeedback = names.map((from, i) => ({ ...sample, id: `f${firstId + i}`, from }));
    const people = { ...samplePeopleLoop(), peerFeedback };
    return buildDocument('amazon', documentInputs('amazon', sampleEntries(), {}, amazon, people)).document;
  };
  const storyHeadings = (doc: PromoDocument) =>
    doc.sections
      .find((s) => s.id === 'stories')!
      .blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));

  it('has the narrative sections, then stories, feedback providers and reasons not to promote', () => {
    expect(document.sections.map((s) => s.id)).toEqual([
      'scope',
      'ambiguity',
      'complexity',
      'execution',
      'impact',
      'stories',
      'feedback',
      'sponsors',
      'objections',
    ]);
    expect(document.title).toBe('Promotion document: Alex Doe for Senior engineer (Amazon SDE III)');
    expect(sectionText(document, 'scope')).toContain('Entries by reach: cross-team 1, team 2, individual 3.');
    expect(sectionText(document, 'impact')).toBe(
      'Shipped the page cache: p95 render time from 2 s to 300 ms.',
    );
  });

  it('shows in Impact measured results the narrative sections before it did not show', () => {
    const impact = 'p95 from 2 s to 300 ms for 3 teams.';
    const wide = [1, 2, 3, 4].map((d) =>
      makeEntry({ date: `2026-10-0${d}`, scope: 'cross-team', impact, competencies: ['ownership'] }),
    );
    const own = [1, 2, 3, 4, 5].map((d) => makeEntry({ date: `2026-09-0${d}`, impact }));
    const built = buildDocument('amazon', documentInputs('amazon', [...wide, ...own], {}, amazon)).document;
    const cited = (id: string) =>
      citedIds({ ...built, sections: built.sections.filter((section) => section.id === id) });
    expect([...cited('scope')].sort()).toEqual(wide.map((e) => e.id).sort());
    // The widest results lead the sort, but Scope and Execution have shown them already.
    expect([...cited('impact')].sort()).toEqual(own.map((e) => e.id).sort());
  });

  it('tells five stories in STAR form, each mapped to a Leadership Principle', () => {
    expect(storyHeadings(document)).toHaveLength(5);
    expect(storyHeadings(document)[0]).toBe('1. page-cache (2026-07-06 to 2026-08-12)');
    const stories = sectionText(document, 'stories');
    for (const part of ['Situation.', 'Task.', 'Action.', 'Result.']) expect(stories).toContain(part);
    expect(stories).toContain('Leadership Principle: Invent and Simplify.');
    expect(stories).toContain('Leadership Principle: Hire and Develop the Best.');
    // A result without a measure is a gap, never a made-up number.
    expect(findGaps(document)).toContainEqual(
      expect.objectContaining({
        under: '3. Onboarded Jordan onto the payments service (2026-09-03)',
        what: 'the result, with a measure',
      }),
    );
  });

  it('asks for the missing stories when the selection holds fewer than five', () => {
    const two = sampleEntries().filter((e) => e.project === 'page-cache');
    const { document: short } = buildDocument('amazon', documentInputs('amazon', two));
    expect(storyHeadings(short)).toHaveLength(1);
    expect(findGaps(short)).toContainEqual(expect.objectContaining({ what: '4 more stories in STAR form' }));
  });

  it('lists the feedback providers and warns under four', () => {
    expect(sectionText(document, 'feedback')).toContain('Ravi Patel | cross-team | 1 | 2026-09-30');
    expect(sectionText(document, 'feedback')).toContain(
      'Warning: 1 person gave 1 piece of feedback in this period; at least 4 providers are expected and 6 recommended.',
    );
    const four = withFeedbackFrom(['Ana', 'Ben', 'Chloe', 'Dev'], 10);
    expect(sectionText(four, 'feedback')).toContain(
      '4 people gave 4 pieces of feedback in this period: the minimum of 4 providers is met; 6 or more is recommended.',
    );
    expect(findGaps(four).map((g) => g.section)).not.toContain('Feedback providers');
  });

  it('counts the Leadership Principles its own stories show and names the rest as a gap', () => {
    const shown = new Set(
      document.sections
        .find((s) => s.id === 'stories')!
        .blocks.flatMap((b) =>
          b.type === 'paragraph' && plainText([b.content[0]!]) === 'Leadership Principle:'
            ? [plainText([b.content[1]!])]
            : [],
        ),
    );
    const reasons = sectionText(document, 'objections');
    expect(shown.size).toBe(5);
    expect(reasons).toContain(
      `The stories in this document show ${shown.size} of the 16 Leadership Principles: `,
    );
    for (const name of shown) expect(reasons).toContain(name!);
    expect(reasons).not.toContain('16 of 16');
    const missing = findGaps(document).find((g) => g.what.startsWith('a story for another principle'));
    expect(missing?.what).toContain('Think Big');
    expect(missing?.what).not.toContain([...shown][0]);
  });

  it('leaves the Leadership Principle reason open when the stories show fewer than five', () => {
    const two = sampleEntries().filter((e) => e.project === 'page-cache');
    const short = buildDocument('amazon', documentInputs('amazon', two, {}, amazon)).document;
    expect(sectionText(short, 'objections')).toMatch(/The stories in this document show [01] of the 16/);
    expect(findGaps(short)).toContainEqual(
      expect.objectContaining({
        what: expect.stringMatching(/^Stories in STAR form .* for more principles/),
      }),
    );
  });

  it('counts feedback providers in the table and in the reasons the same way: people in this period', () => {
    // Sample: Ravi Patel in the period, an old colleague a year before it.
    expect(sectionText(document, 'feedback')).not.toContain('Old Colleague');
    expect(sectionText(document, 'objections')).toContain(
      '"Too few people vouch for this." 1 person has given feedback;',
    );
    const doc = withFeedbackFrom(['Ana Silva', 'ana silva', 'Ana  Silva', 'Ben Ode'], 20);
    const table = doc.sections.find((s) => s.id === 'feedback')!.blocks[0]!;
    expect(table.type === 'table' && table.rows.map((r) => plainText(r[0]!)).sort()).toEqual([
      'Ana Silva',
      'Ben Ode',
    ]);
    expect(sectionText(doc, 'feedback')).toContain('Ana Silva | cross-team | 3 | 2026-09-30');
    expect(sectionText(doc, 'feedback')).toContain('2 people gave 4 pieces of feedback in this period');
    expect(sectionText(doc, 'objections')).toContain('2 people have given feedback;');
  });

  it('answers the reasons not to promote with evidence and leaves the open ones as gaps', () => {
    const open = inputs.readiness!.objections.filter((o) => o.status === 'open');
    expect(sectionText(document, 'objections')).toMatch(
      new RegExp(
        `^${inputs.readiness!.objections.length} reasons a reader may raise: \\d+ answered with evidence, ${open.length} still open\\.`,
      ),
    );
    // One gap per open reason, and one for the principles no story shows (that reason is answered here).
    expect(findGaps(document).filter((g) => g.section === 'Reasons not to promote').length).toBe(
      open.length + 1,
    );
  });
});
