/**
 * [case] The promotion case, in no company's particular shape: the thesis (target level and why now),
 * per competency the strongest next-level evidence next to what the framework expects at the target
 * level, project stories, impact beyond my own output, peer quotes, consistency across review periods,
 * and the objections answered before they are raised. Verdicts are the readiness analysis's; every
 * claim is an entry, cited; what the data does not hold is a gap.
 */
import type { Entry } from '../entries/entry.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import { type CompetencyReadiness, SUSTAINED_MONTHS_WANTED } from '../readiness/competency-readiness.js';
import { groupIntoStories, storyBlocks } from './build-stories.js';
import {
  claimOf,
  closestSignal,
  entriesById,
  entriesOf,
  objectionBlocks,
  peerQuoteBlocks,
  pickUnshown,
  signalsFor,
  VERDICT,
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
import { competencyNamer, levelName, plural, standardMetadata } from './document-parts.js';

/** Evidence shown per competency: enough to convince, few enough to read. */
const PER_COMPETENCY = 3;
const QUOTES = 4;

function thesis(inputs: DocumentInputs, assessment: CaseAssessment): Block[] {
  const target = levelName(inputs, inputs.levels.target);
  const o = assessment.overall;
  const c = assessment.consistency;
  const blocks: Block[] = [
    paragraph(
      strong(`${inputs.profile.name}, ${levelName(inputs, inputs.levels.current)}, for ${target}.`),
      text(` The readiness analysis of this evidence says ${VERDICT[o.status]} (${o.score} of 100).`),
    ),
    paragraph(
      strong('Why now.'),
      text(
        o.sustainedMonths === 0
          ? ` No next-level work sustained yet; a committee wants 6-12 months of it. ${c.summary}`
          : ` Next-level work sustained over ${plural(o.sustainedMonths, 'month')}${o.sustainedMonths >= SUSTAINED_MONTHS_WANTED ? ', what a committee wants (6-12)' : '; a committee wants 6-12'}. ${c.summary}`,
      ),
    ),
  ];
  // The analysis's reasons, less the two that "Why now" has just said (months sustained, consistency).
  const rest = o.explanation.filter(
    (line) => line !== c.summary && !line.startsWith(`${o.sustainedMonths} month`),
  );
  if (rest.length > 0) blocks.push(bullets(rest.map((line) => [text(line)])));
  return blocks;
}

/** One line of evidence: the claim, and the target-level signal its words are closest to, if any. */
function evidenceLine(e: Entry, signals: readonly string[]): Inline[] {
  const signal = closestSignal(e, signals);
  return signal ? [...claimOf(e), text(' '), emphasis(`(closest signal: ${signal})`)] : claimOf(e);
}

/**
 * Each competency's evidence, up to PER_COMPETENCY of its strongest five, entries no other competency
 * shows first (pickUnshown). The competencies with the fewest candidates choose first, so that one with
 * other entries to show leaves the shared ones to those without.
 */
function evidenceByCompetency(
  competencies: readonly CompetencyReadiness[],
  byId: ReadonlyMap<string, Entry>,
): Map<string, Entry[]> {
  const candidates = competencies.map((c) => ({
    id: c.competency.id,
    entries: entriesOf(c.supporting, byId),
  }));
  const shown = new Set<Entry>();
  return new Map(
    candidates
      .sort((a, b) => a.entries.length - b.entries.length)
      .map(({ id, entries }) => [id, pickUnshown(entries, shown, PER_COMPETENCY)]),
  );
}

function competencyBlocks(
  inputs: DocumentInputs,
  c: CompetencyReadiness,
  evidence: readonly Entry[],
): Block[] {
  const target = levelName(inputs, inputs.levels.target);
  const signals = signalsFor(inputs, c.competency.id);
  const blocks: Block[] = [
    heading(`${c.competency.name}: ${c.status}`),
    paragraph(
      text(
        `${plural(c.entries, 'entry', 'entries')}, ${c.nextLevelEntries} at the scope ${target} expects${c.periodsCovered.length ? `, in ${c.periodsCovered.join(', ')}` : ''}. Strength ${c.strength} of 100.`,
      ),
    ),
  ];
  if (signals.length > 0)
    blocks.push(paragraph(strong(`What ${target} expects.`)), bullets(signals.map((s) => [text(s)])));
  blocks.push(paragraph(strong('Strongest evidence.')));
  blocks.push(
    evidence.length > 0
      ? bullets(evidence.map((e) => evidenceLine(e, signals)))
      : paragraph(
          gap(
            `an entry that shows ${c.competency.name} at the ${target} level`,
            'no entry in the selection supports this competency',
          ),
        ),
  );
  return blocks;
}

/** Entries whose value is in others' work: mentoring, process, the multiplier competency, people helped. */
function beyondMyOutput(inputs: DocumentInputs): Block[] {
  const entries = inputs.choice.included.filter(
    (e) =>
      e.kind === 'mentoring' ||
      e.kind === 'process' ||
      e.competencies.includes('multiplier') ||
      e.peopleHelped.length > 0,
  );
  if (entries.length === 0)
    return [
      paragraph(
        gap(
          'work that made others better: someone you mentored, a process you changed, a tool others use',
          'no mentoring or process entry, and no entry names someone you helped',
        ),
      ),
    ];
  const helped = [...new Set(entries.flatMap((e) => e.peopleHelped))];
  const blocks: Block[] = [bullets(entries.map(claimOf))];
  if (helped.length > 0) blocks.push(paragraph(strong('People helped: '), text(helped.join(', '))));
  return blocks;
}

function consistencyBlocks(assessment: CaseAssessment): Block[] {
  const c = assessment.consistency;
  const verdict = { 'next-level': 'next level', some: 'some', none: 'none' } as const;
  const blocks: Block[] = [paragraph(text(c.summary))];
  if (c.periods.length > 0)
    blocks.push({
      type: 'table',
      header: ['Period', 'Entries', 'At the next level', 'Competencies', 'Verdict'],
      rows: c.periods.map((p) => [
        [text(p.label)],
        [text(String(p.entries))],
        [text(String(p.nextLevel))],
        [text(p.competencies.join(', ') || 'none')],
        [text(verdict[p.verdict])],
      ]),
    });
  if (c.oneStrongPeriod)
    blocks.push(
      paragraph(
        gap(
          `next-level work outside ${c.oneStrongPeriod.label}`,
          'one strong period with thin ones around it reads as one good quarter',
        ),
      ),
    );
  return blocks;
}

export function buildCase(inputs: DocumentInputs, assessment: CaseAssessment): PromoDocument {
  const byId = entriesById(inputs);
  const target = levelName(inputs, inputs.levels.target);
  const stories = groupIntoStories(
    inputs.choice.included.filter((e) => e.project !== null),
    competencyNamer(inputs),
  );
  // Strongest competencies first: the reader meets the best evidence before the thin spots.
  const competencies = [...assessment.competencies].sort((a, b) => b.strength - a.strength);
  const evidence = evidenceByCompetency(competencies, byId);
  const sections: DocumentSection[] = [
    { id: 'thesis', title: 'The thesis', blocks: thesis(inputs, assessment) },
    {
      id: 'competencies',
      title: `Evidence per competency, against ${target}`,
      blocks: competencies.flatMap((c) => competencyBlocks(inputs, c, evidence.get(c.competency.id) ?? [])),
    },
    {
      id: 'stories',
      title: 'Project stories',
      blocks:
        stories.length > 0
          ? stories.flatMap((s) => storyBlocks(s))
          : [
              paragraph(
                gap(
                  'one or two projects told as problem, your role, decisions and outcome',
                  'no entry in the selection names a project',
                ),
              ),
            ],
    },
    { id: 'beyond', title: 'Impact beyond my own output', blocks: beyondMyOutput(inputs) },
    { id: 'peers', title: 'What peers say', blocks: peerQuoteBlocks(inputs, QUOTES) },
    { id: 'consistency', title: 'Consistency across periods', blocks: consistencyBlocks(assessment) },
    {
      id: 'objections',
      title: 'Objections, answered before they are raised',
      blocks: objectionBlocks(assessment, byId),
    },
  ];
  return {
    type: 'case',
    title: `Promotion case: ${inputs.profile.name} for ${target}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
