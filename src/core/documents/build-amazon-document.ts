/**
 * [amazon] An Amazon-style promotion document: narrative sections on scope and influence, ambiguity,
 * technical complexity, execution and impact; 5-7 stories in STAR form, each mapped to the Leadership
 * Principle its competencies point at (the company profile maps principles onto competencies); the
 * feedback providers, with a warning under the reported minimum; the people who could sponsor the case;
 * and the reasons not to promote, answered with evidence or left open as gaps.
 */
import type { Entry } from '../entries/entry.js';
import { ENTRY_SCOPES } from '../entries/entry-vocabulary.js';
import type { EvaluationDimension } from '../frameworks/company-profile.js';
import { COMPANY_PROFILES } from '../frameworks/company-profiles.js';
import { type FeedbackProvider, groupByProvider } from '../people/feedback-providers.js';
import type { PeerFeedback } from '../people/peer-feedback.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import { principleObjection } from './amazon-principles.js';
import { sponsorsSection } from './amazon-sponsors.js';
import { buildStory, groupIntoStories, outcomeOf, type Story } from './build-stories.js';
import {
  citations,
  claimOf,
  entriesById,
  levelLabel,
  objectionBlocks,
  peerFeedbackInPeriod,
  pickUnshown,
  strongest,
} from './case-parts.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  emphasis,
  gap,
  heading,
  type Inline,
  type PromoDocument,
  paragraph,
  strong,
  text,
} from './document-model.js';
import { competencyNamer, plural, standardMetadata } from './document-parts.js';
import { hasMetric, stripMarkdown } from './entry-text.js';

const AMAZON = COMPANY_PROFILES.amazon;
const MIN_STORIES = 5;
const MAX_STORIES = 7;
const PER_NARRATIVE = 4;
const MIN_PROVIDERS = AMAZON.evidence.minPeerFeedback ?? 4;
const RECOMMENDED_PROVIDERS = AMAZON.evidence.recommendedPeerFeedback ?? 6;

/** The narrative sections and the competencies each one reads its evidence from. */
const NARRATIVE = [
  {
    id: 'scope',
    title: 'Scope and influence',
    competencies: ['technical-leadership', 'communication', 'multiplier'],
    none: 'work whose reach went beyond your own team: who acted on it',
  },
  {
    id: 'ambiguity',
    title: 'Ambiguity',
    competencies: ['ambiguity'],
    none: 'a problem you took on before it was defined, and how you framed it',
  },
  {
    id: 'complexity',
    title: 'Technical complexity',
    competencies: ['system-design', 'craft'],
    none: 'the hardest technical problem you solved, and why it was hard',
  },
  {
    id: 'execution',
    title: 'Execution',
    competencies: ['ownership'],
    none: 'something you delivered end to end, on the date it was due',
  },
] as const;

const scopeRank = (e: Entry) => ENTRY_SCOPES.indexOf(e.scope);
const measured = (e: Entry) => e.impact.trim() !== '' && hasMetric(stripMarkdown(e.impact));

function narrative(
  inputs: DocumentInputs,
  assessment: CaseAssessment,
  byId: Map<string, Entry>,
): DocumentSection[] {
  const entries = inputs.choice.included;
  // Each section shows the entries the sections before it did not, where it has others (pickUnshown).
  const shown = new Set<Entry>();
  const sections: DocumentSection[] = NARRATIVE.map((n) => {
    let evidence = strongest(assessment, n.competencies, byId);
    // Scope is about reach: the widest entries first, whatever competency they show.
    if (n.id === 'scope')
      evidence = [...new Set([...entries.filter((e) => scopeRank(e) >= 2), ...evidence])].sort(
        (a, b) => scopeRank(b) - scopeRank(a),
      );
    const blocks: Block[] = [];
    if (n.id === 'scope') {
      const counts = ENTRY_SCOPES.map((s) => [s, entries.filter((e) => e.scope === s).length] as const)
        .filter(([, k]) => k > 0)
        .reverse();
      if (counts.length > 0)
        blocks.push(paragraph(text(`Entries by reach: ${counts.map(([s, k]) => `${s} ${k}`).join(', ')}.`)));
    }
    if (n.id === 'ambiguity')
      for (const p of assessment.projects.filter((x) => x.attributes.ambiguity.present))
        blocks.push(
          paragraph(
            strong(`${p.name}: `),
            text(p.attributes.ambiguity.detail),
            ...citations(p.attributes.ambiguity.entries, byId),
          ),
        );
    const listed = pickUnshown(evidence, shown, PER_NARRATIVE);
    if (listed.length > 0) blocks.push(bullets(listed.map(claimOf)));
    if (blocks.length === 0) blocks.push(paragraph(gap(n.none, 'no entry in the selection shows it')));
    return { id: n.id, title: n.title, blocks };
  });
  const results = pickUnshown(
    entries.filter(measured).sort((a, b) => scopeRank(b) - scopeRank(a) || (a.date < b.date ? 1 : -1)),
    shown,
    PER_NARRATIVE + 1,
  );
  sections.push({
    id: 'impact',
    title: 'Impact',
    blocks:
      results.length > 0
        ? [bullets(results.map((e) => [strong(e.title), text(': '), ...outcomeOf(e)]))]
        : [
            paragraph(
              gap(
                'results with a measure: what changed, by how much, for whom',
                'no entry records a measured outcome',
              ),
            ),
          ],
  });
  return sections;
}

/** Projects first; when there are fewer than five, the strongest entries outside them as stories of their own. */
function chooseStories(
  inputs: DocumentInputs,
  assessment: CaseAssessment,
  byId: Map<string, Entry>,
): Story[] {
  const nameOf = competencyNamer(inputs);
  const stories = groupIntoStories(
    inputs.choice.included.filter((e) => e.project !== null),
    nameOf,
  ).slice(0, MAX_STORIES);
  const all = assessment.competencies.map((c) => c.competency.id);
  for (const e of strongest(assessment, all, byId)) {
    if (stories.length >= MIN_STORIES) break;
    if (e.project === null) stories.push(buildStory(`entry:${e.id}`, e.title, null, [e], nameOf));
  }
  return stories;
}

/**
 * The principle a story's competencies point at most: the competencies its entries name and those the
 * readiness analysis credits them with. A principle already used counts half, so stories spread across them.
 */
function principleFor(
  story: Story,
  credited: ReadonlyMap<string, string[]>,
  used: Set<string>,
): EvaluationDimension | null {
  const counts = new Map<string, number>();
  for (const e of story.entries)
    for (const c of new Set([...e.competencies, ...(credited.get(e.id) ?? [])]))
      counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: EvaluationDimension | null = null;
  let bestScore = 0;
  for (const d of AMAZON.dimensions) {
    const score = d.competencies.reduce((sum, c) => sum + (counts.get(c) ?? 0), 0);
    const weighted = used.has(d.id) ? score / 2 : score;
    // On a tie the narrower principle wins: it says more about the story.
    if (
      weighted > bestScore ||
      (weighted > 0 && weighted === bestScore && d.competencies.length < best!.competencies.length)
    ) {
      best = d;
      bestScore = weighted;
    }
  }
  if (best) used.add(best.id);
  return best;
}

function starBlocks(story: Story, index: number, principle: EvaluationDimension | null): Block[] {
  const span = story.since === story.until ? story.since : `${story.since} to ${story.until}`;
  const decisions = story.decisions.filter((d) => d.every((r) => r.type !== 'gap'));
  const result: Inline[][] =
    story.outcomes.length > 0
      ? story.outcomes
      : [[gap('the result, with a measure', 'no entry of this story records an outcome')]];
  return [
    heading(`${index + 1}. ${story.title} (${span})`),
    paragraph(
      strong('Leadership Principle: '),
      ...(principle
        ? [text(principle.name), text('. '), emphasis(principle.summary)]
        : [
            gap(
              'the Leadership Principle this story shows',
              'no competency of its entries maps onto a principle',
            ),
          ]),
    ),
    paragraph(strong('Situation. '), ...story.problem),
    paragraph(strong('Task. '), ...story.role),
    paragraph(strong('Action.')),
    bullets([...story.actions, ...decisions]),
    paragraph(strong('Result.')),
    bullets(result),
  ];
}

/** The stories in STAR form, and the principles they show (what the objections section counts). */
function storiesSection(
  inputs: DocumentInputs,
  assessment: CaseAssessment,
  byId: Map<string, Entry>,
): { blocks: Block[]; principles: EvaluationDimension[] } {
  const stories = chooseStories(inputs, assessment, byId);
  const credited = new Map<string, string[]>();
  for (const c of assessment.competencies)
    for (const id of c.supporting) credited.set(id, [...(credited.get(id) ?? []), c.competency.id]);
  const used = new Set<string>();
  const principles: EvaluationDimension[] = [];
  const blocks = stories.flatMap((s, i) => {
    const principle = principleFor(s, credited, used);
    if (principle) principles.push(principle);
    return starBlocks(s, i, principle);
  });
  if (stories.length < MIN_STORIES)
    blocks.push(
      paragraph(
        gap(
          `${MIN_STORIES - stories.length} more ${MIN_STORIES - stories.length === 1 ? 'story' : 'stories'} in STAR form`,
          `5-7 stories are reported as expected; the selection holds ${stories.length}`,
        ),
      ),
    );
  return { blocks, principles };
}

/** The reasons not to promote, with the Leadership Principle one counted from the stories above. */
function objectionsSection(
  assessment: CaseAssessment,
  byId: Map<string, Entry>,
  principles: readonly EvaluationDimension[],
): Block[] {
  let after: Inline[] = [];
  const objections = assessment.objections.map((o) => {
    if (o.id !== 'company-specific') return o;
    const restated = principleObjection(o, AMAZON.dimensions, principles, MIN_STORIES);
    after = restated.after;
    return restated.objection;
  });
  const open = objections.filter((o) => o.status === 'open').length;
  return [
    paragraph(
      text(
        `${plural(objections.length, 'reason')} a reader may raise: ${objections.length - open} answered with evidence, ${open} still open.`,
      ),
    ),
    ...objectionBlocks({ objections }, byId, { 'company-specific': after }),
  ];
}

/** One row per person (however their name was typed), so the count matches the analysis's reasons below. */
function feedbackProviders(
  feedback: readonly PeerFeedback[],
  providers: readonly FeedbackProvider[],
): Block[] {
  const n = providers.length;
  // People, then pieces: the reasons not to promote count both, and a reader compares them.
  const who =
    n === 0
      ? 'Nobody gave feedback in this period'
      : `${plural(n, 'person', 'people')} gave ${plural(feedback.length, 'piece')} of feedback in this period`;
  const blocks: Block[] = [];
  if (n > 0)
    blocks.push({
      type: 'table',
      header: ['Provider', 'Relationship', 'Pieces of feedback', 'Latest'],
      rows: providers.map((p) => [
        [text(p.name)],
        [text(p.relationship)],
        [text(String(p.pieces))],
        [text(p.latest)],
      ]),
    });
  if (n < MIN_PROVIDERS)
    blocks.push(
      paragraph(
        strong('Warning: '),
        text(
          `${who}; at least ${MIN_PROVIDERS} providers are expected and ${RECOMMENDED_PROVIDERS} recommended. `,
        ),
        gap(
          `${MIN_PROVIDERS - n} more ${MIN_PROVIDERS - n === 1 ? 'provider' : 'providers'}, including someone outside the team`,
          `fewer than ${MIN_PROVIDERS} people have given feedback in this period`,
        ),
      ),
    );
  else if (n < RECOMMENDED_PROVIDERS)
    blocks.push(
      paragraph(
        text(
          `${who}: the minimum of ${MIN_PROVIDERS} providers is met; ${RECOMMENDED_PROVIDERS} or more is recommended.`,
        ),
      ),
    );
  return blocks;
}

export function buildAmazonDocument(inputs: DocumentInputs, assessment: CaseAssessment): PromoDocument {
  const byId = entriesById(inputs);
  const stories = storiesSection(inputs, assessment, byId);
  const feedback = peerFeedbackInPeriod(inputs);
  const providers = groupByProvider(feedback);
  const sections: DocumentSection[] = [
    ...narrative(inputs, assessment, byId),
    { id: 'stories', title: 'Stories by Leadership Principle', blocks: stories.blocks },
    { id: 'feedback', title: 'Feedback providers', blocks: feedbackProviders(feedback, providers) },
    { id: 'sponsors', title: 'Sponsors', blocks: sponsorsSection(inputs, providers) },
    {
      id: 'objections',
      title: 'Reasons not to promote',
      blocks: objectionsSection(assessment, byId, stories.principles),
    },
  ];
  return {
    type: 'amazon',
    title: `Promotion document: ${inputs.profile.name} for ${levelLabel(inputs, 'target')}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
