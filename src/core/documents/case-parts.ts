/**
 * Pieces the documents built on the readiness analysis share (the brief, the promotion case, the
 * Google packet, the Amazon document): citations of the ids the analysis names, objections answered
 * or left open, peer quotes (the specific ones), the strongest evidence per competency, and a pick of
 * evidence that does not repeat what an earlier heading showed.
 */
import { analyzePeerFeedback } from '../analysis/analyze-feedback.js';
import type { Entry } from '../entries/entry.js';
import { COMPANY_PROFILES, companyLevelName } from '../frameworks/company-profiles.js';
import { feedbackDatedIn } from '../people/feedback-providers.js';
import type { PeerFeedback } from '../people/peer-feedback.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import type { ObjectionId } from '../readiness/objections.js';
import { cite, outcomeOf } from './build-stories.js';
import type { DocumentInputs } from './document-inputs.js';
import { type Block, bullets, gap, type Inline, paragraph, strong, text } from './document-model.js';
import { levelName } from './document-parts.js';

export const VERDICT = { ready: 'ready', close: 'close', 'not-yet': 'not ready yet' } as const;

/** The entries of the selection by id: the analysis names ids, documents cite entries. */
export function entriesById(inputs: DocumentInputs): Map<string, Entry> {
  return new Map(inputs.choice.included.map((e) => [e.id, e]));
}

/** Citations for the ids the analysis names, when they are entries in the document's selection. */
export function citations(ids: readonly string[], byId: ReadonlyMap<string, Entry>, max = 3): Inline[] {
  return ids
    .flatMap((id) => {
      const e = byId.get(id);
      return e ? [cite(e)] : [];
    })
    .slice(0, max);
}

/** The entries behind ids, in the order given, once each, only those in the selection. */
export function entriesOf(ids: readonly string[], byId: ReadonlyMap<string, Entry>): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const id of ids) {
    const e = byId.get(id);
    if (e && !seen.has(id)) {
      seen.add(id);
      out.push(e);
    }
  }
  return out;
}

/** An entry as a claim: its title and outcome, cited; a gap when it records no outcome. */
export function claimOf(e: Entry): Inline[] {
  return e.impact.trim()
    ? [strong(e.title), text(': '), ...outcomeOf(e)]
    : [strong(e.title), cite(e), gap('the outcome, with a number', 'the entry records no impact')];
}

/**
 * Each objection the analysis raises: answered ones with the evidence that answers them, open ones as gaps.
 * `after` adds runs to an objection's line (a document that knows more than the analysis, such as a gap).
 */
export function objectionBlocks(
  assessment: Pick<CaseAssessment, 'objections'>,
  byId: ReadonlyMap<string, Entry>,
  after: Partial<Record<ObjectionId, Inline[]>> = {},
): Block[] {
  if (assessment.objections.length === 0) return [paragraph(text('The analysis raises no objection.'))];
  return [
    bullets(
      assessment.objections.map((ob): Inline[] =>
        ob.status === 'answered'
          ? [
              strong(ob.title),
              text(` ${ob.reason}`),
              ...citations(ob.answeredBy, byId),
              ...(after[ob.id] ?? []),
            ]
          : [
              strong(ob.title),
              text(` ${ob.reason}`),
              gap(
                ob.toAnswer ?? 'evidence that answers it',
                'an open objection: nothing in the selection answers it',
              ),
              ...(after[ob.id] ?? []),
            ],
      ),
    ),
  ];
}

/** Peer feedback dated inside the selection, the specific ones (situation, behaviour, impact) first. */
export function peerFeedbackInPeriod(inputs: DocumentInputs): Array<PeerFeedback & { specific: boolean }> {
  const { since, until } = inputs.choice.selection;
  return feedbackDatedIn(inputs.people.peerFeedback, since, until)
    .map((f) => {
      const { specific, score } = analyzePeerFeedback(f.text);
      return { ...f, specific, score };
    })
    .sort(
      (a, b) => Number(b.specific) - Number(a.specific) || b.score - a.score || (a.date < b.date ? 1 : -1),
    );
}

/**
 * The period's peer feedback as quotes, each citing the entries it speaks to. Specific feedback
 * (situation, behaviour, impact) is quoted and generic praise ("a great team player") beside it is only
 * counted: next to concrete quotes it reads as the "peer reviews are generic" objection. When none is
 * specific, the generic quotes stay, with a gap asking for the concrete example.
 */
export function peerQuoteBlocks(inputs: DocumentInputs, max: number): Block[] {
  const byId = entriesById(inputs);
  const feedback = peerFeedbackInPeriod(inputs);
  const specific = feedback.filter((f) => f.specific);
  const left = specific.length > 0 ? feedback.filter((f) => !f.specific) : [];
  const blocks = (specific.length > 0 ? specific : feedback).slice(0, max).map(
    (f): Block => ({
      type: 'quote',
      content: [text(f.text), ...citations(f.entryIds, byId)],
      attribution: `${f.from} (${f.relationship}), ${f.date}${f.work ? `, on ${f.work}` : ''}`,
    }),
  );
  if (specific.length === 0)
    blocks.push(
      paragraph(
        gap(
          'two or three specific quotes from peers: what they saw you do and what it changed',
          feedback.length === 0
            ? 'no peer feedback is recorded for this period; promocase feedback add records it'
            : 'the feedback of this period praises without a situation a reader can check',
        ),
      ),
    );
  if (left.length > 0)
    blocks.push(
      paragraph(
        text(
          `Not quoted: ${left.length === 1 ? 'one piece' : `${left.length} pieces`} of feedback from ${listPeople(left)} that ${left.length === 1 ? 'praises' : 'praise'} without a situation; one concrete example (promocase feedback request) would make ${left.length === 1 ? 'it' : 'them'} worth quoting.`,
        ),
      ),
    );
  return blocks;
}

function listPeople(feedback: readonly PeerFeedback[]): string {
  const names = [...new Set(feedback.map((f) => f.from))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const STOP = new Set(
  'the and for but not you our are was can its one two who how why all any out own off too via per about above after again their there these those which while with within without would other others from into your yours that this than then when where what have has been being more most over under very such also only them they team work area system engineer people make made help'.split(
    ' ',
  ),
);

/** Word stems of a text, for matching an entry to a signal: lower case, 3+ letters, plural s dropped, 5 letters kept. */
function stems(value: string): Set<string> {
  return new Set(
    (value.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
      .filter((w) => !STOP.has(w))
      .map((w) => w.replace(/(?<=\p{L}{3})s$/u, '').slice(0, 5)),
  );
}

/**
 * The framework signal an entry's words are closest to, when they share at least two word stems: a
 * pointer for the reader ("this is the signal it shows"), never a claim the entry does not make.
 */
export function closestSignal(entry: Entry, signals: readonly string[]): string | null {
  const words = stems(`${entry.title} ${entry.details} ${entry.impact}`);
  let best: string | null = null;
  let bestShared = 1;
  for (const signal of signals) {
    let shared = 0;
    for (const s of stems(signal)) if (words.has(s)) shared++;
    if (shared > bestShared) {
      best = signal;
      bestShared = shared;
    }
  }
  return best;
}

/** The target level's signals for a competency, from the framework (empty when the framework has no cell). */
export function signalsFor(inputs: DocumentInputs, competency: string): string[] {
  return (
    inputs.framework.cells.find((c) => c.level === inputs.levels.target && c.competency === competency)
      ?.signals ?? []
  );
}

/** A level as the framework names it, with the company's own name when the profile is a company's. */
export function levelLabel(inputs: DocumentInputs, which: 'current' | 'target'): string {
  const name = levelName(inputs, inputs.levels[which]);
  const { company } = inputs.profile;
  if (company === 'generic') return name;
  const ladder = which === 'current' ? inputs.profile.currentLevel : inputs.profile.targetLevel;
  return `${name} (${COMPANY_PROFILES[company].name} ${companyLevelName(company, ladder)})`;
}

/** The strongest entries of some competencies, interleaved so that no one competency takes every line. */
export function strongest(
  assessment: CaseAssessment,
  competencies: readonly string[],
  byId: ReadonlyMap<string, Entry>,
): Entry[] {
  const readiness = assessment.competencies
    .filter((c) => competencies.includes(c.competency.id))
    .sort((a, b) => b.strength - a.strength);
  const ids: string[] = [];
  for (let i = 0; readiness.some((c) => c.supporting[i]); i++)
    for (const c of readiness) if (c.supporting[i]) ids.push(c.supporting[i]!);
  return entriesOf(ids, byId);
}

/**
 * Up to `max` of `candidates` (strongest first): those not in `shown` before those in it, kept in the
 * candidates' order; adds them to `shown`. For documents that show evidence under several headings: one
 * lunch-and-learn quoted under three of them reads as a thin case, so an entry repeats only where the
 * heading has nothing else to show.
 */
export function pickUnshown<T>(candidates: readonly T[], shown: Set<T>, max: number): T[] {
  const fresh = candidates.filter((e) => !shown.has(e));
  const pick = new Set([...fresh, ...candidates.filter((e) => shown.has(e))].slice(0, max));
  for (const e of pick) shown.add(e);
  return candidates.filter((e) => pick.has(e));
}
