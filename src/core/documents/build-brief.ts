/**
 * [brief] The manager's 5-minute brief: the thesis, the three strongest claims with their evidence,
 * the answers to the committee's five questions, and short answers to the likely objections. Built
 * from the readiness analysis of the entries the selection allows: its verdicts and reasons are the
 * analysis's, every claim is an entry, and an unanswered question or open objection is a gap.
 */
import type { Entry } from '../entries/entry.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import { cite, outcomeOf } from './build-stories.js';
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
const VERDICT = { ready: 'ready', close: 'close', 'not-yet': 'not ready yet' } as const;

/** Citations for the ids the analysis names, when they are entries in the document's selection. */
function citations(ids: readonly string[], byId: ReadonlyMap<string, Entry>, max = 3): Inline[] {
  return ids
    .flatMap((id) => {
      const e = byId.get(id);
      return e ? [cite(e)] : [];
    })
    .slice(0, max);
}

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

export function buildBrief(inputs: DocumentInputs, assessment: CaseAssessment): PromoDocument {
  const byId = new Map(inputs.choice.included.map((e) => [e.id, e]));
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
            items: claims.map((e) =>
              e.impact.trim()
                ? [strong(e.title), text(': '), ...outcomeOf(e)]
                : [
                    strong(e.title),
                    cite(e),
                    gap('the outcome, with a number', 'the entry records no impact'),
                  ],
            ),
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
          ? [strong(q.question), text(` ${q.answer}`), ...citations(q.evidence, byId)]
          : [
              strong(q.question),
              text(` ${q.answer}`),
              gap(q.toDo ?? 'an answer with evidence', 'the evidence does not answer it yet'),
            ],
      ),
    },
  ];

  const objections: Block[] =
    assessment.objections.length > 0
      ? [
          bullets(
            assessment.objections.map((ob): Inline[] =>
              ob.status === 'answered'
                ? [strong(ob.title), text(` ${ob.reason}`), ...citations(ob.answeredBy, byId)]
                : [
                    strong(ob.title),
                    text(` ${ob.reason}`),
                    gap(
                      ob.toAnswer ?? 'evidence that answers it',
                      'an open objection: nothing in the selection answers it',
                    ),
                  ],
            ),
          ),
        ]
      : [paragraph(text('The analysis raises no objection.'))];

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
