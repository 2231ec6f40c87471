/**
 * [brief] The manager's 5-minute brief: the thesis, the three strongest claims with their evidence,
 * the answers to the committee's five questions, and short answers to the likely objections. Built
 * from the readiness analysis of the entries the selection allows: its verdicts and reasons are the
 * analysis's, every claim is an entry, and an unanswered question or open objection is a gap.
 */
import type { Entry } from '../entries/entry.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import type { CommitteeQuestion } from '../readiness/committee-questions.js';
import { cite } from './build-stories.js';
import { citations, claimOf, entriesById, entriesOf, objectionBlocks, VERDICT } from './case-parts.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  gap,
  type Inline,
  type PromoDocument,
  paragraph,
  strong,
  text,
} from './document-model.js';
import { levelName, standardMetadata } from './document-parts.js';

const CLAIMS = 3;

/** The strongest entries across competencies, in the analysis's order of strength, one per entry. */
function strongestEntries(assessment: CaseAssessment, byId: ReadonlyMap<string, Entry>): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  const ranked = [...assessment.competencies].sort((a, b) => b.strength - a.strength);
  for (let i = 0; out.length < CLAIMS && ranked.some((c) => c.supporting[i]); i++) {
    for (const c of ranked) {
      const id = c.supporting[i];
      const e = id ? byId.get(id) : undefined;
      if (e && !seen.has(e.id) && out.length < CLAIMS) {
        seen.add(e.id);
        out.push(e);
      }
    }
  }
  return out;
}

/** An answer that lists entries cites each where it is named; any other answer is followed by its citations. */
function answerRuns(q: CommitteeQuestion, byId: ReadonlyMap<string, Entry>): Inline[] {
  const listed = q.listsEntries ? entriesOf(q.evidence, byId) : [];
  if (listed.length === 0 || listed.length < q.evidence.length)
    return [text(` ${q.answer}`), ...citations(q.evidence, byId)];
  return listed.flatMap((e, i) => [text(`${i === 0 ? ' ' : '; '}${e.title}`), cite(e)]);
}

export function buildBrief(inputs: DocumentInputs, assessment: CaseAssessment): PromoDocument {
  const byId = entriesById(inputs);
  const target = levelName(inputs, inputs.levels.target);
  const o = assessment.overall;
  const thesis: Block[] = [
    paragraph(
      strong(`${inputs.profile.name} for ${target}: ${VERDICT[o.status]}`),
      text(` (readiness ${o.score} of 100; next-level work sustained over ${o.sustainedMonths} months).`),
    ),
  ];
  if (o.explanation.length > 0) thesis.push(bullets(o.explanation.map((line) => [text(line)])));

  const claims = strongestEntries(assessment, byId);
  const claimBlocks: Block[] =
    claims.length > 0
      ? [
          {
            type: 'list',
            ordered: true,
            items: claims.map(claimOf),
          },
        ]
      : [
          paragraph(
            gap(
              'three claims of next-level work, each with its evidence',
              'no entry in the selection supports a competency',
            ),
          ),
        ];

  const questions: Block[] = [
    {
      type: 'list',
      ordered: true,
      items: assessment.questions.map((q): Inline[] =>
        q.answered
          ? [strong(q.question), ...answerRuns(q, byId)]
          : [
              strong(q.question),
              text(` ${q.answer}`),
              gap(q.toDo ?? 'an answer with evidence', 'the evidence does not answer it yet'),
            ],
      ),
    },
  ];

  const objections = objectionBlocks(assessment, byId);

  const sections: DocumentSection[] = [
    { id: 'thesis', title: 'The thesis', blocks: thesis },
    { id: 'claims', title: 'The three strongest claims', blocks: claimBlocks },
    { id: 'questions', title: "The committee's five questions", blocks: questions },
    { id: 'objections', title: 'Likely objections', blocks: objections },
  ];
  return {
    type: 'brief',
    title: `Manager's brief: ${inputs.profile.name} for ${target}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
