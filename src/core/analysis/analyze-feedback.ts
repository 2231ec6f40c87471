/** Judges feedback: peer feedback specific or generic (SBI), manager feedback actionable or vague. */
import {
  CONTEXT,
  DELIVERABLE_OBJECT,
  DELIVERABLE_VERB,
  ENABLING_OTHERS,
  HYPERBOLE,
  INTENT_SPECULATION,
  OBSERVABLE_ACTION,
  OUTCOME,
  TIME_FRAME,
  TRAIT_WORDS,
  VAGUE_MANAGER_PHRASES,
  VAGUE_OBJECT,
} from './feedback-lexicon.js';
import {
  countFirstPerson,
  countTeamVoice,
  hasMeasure,
  hasTimeAnchor,
  namedWords,
  namesArtifact,
  namesSystem,
  tokenize,
} from './text-signals.js';

export interface PeerFeedbackAnalysis {
  specific: boolean;
  /** 0-100: how much of situation, behaviour and impact the text shows. */
  score: number;
  reasons: string[];
  suggestions: string[];
}

export interface ManagerFeedbackAnalysis {
  actionable: boolean;
  reasons: string[];
  followUpQuestions: string[];
}

/** A peer review is specific when its score reaches this: roughly a behaviour plus a situation or an impact. */
const SPECIFIC_THRESHOLD = 50;

function countMatches(pattern: RegExp, text: string): number {
  return (text.match(pattern) ?? []).length;
}

/**
 * Scores peer feedback on the SBI model: a situation (time anchor, named system or document), an
 * observable behaviour and its impact earn points; character labels, hyperbole, guessed intent and
 * "we" without the person lose them.
 * @example analyzePeerFeedback('Great team player, always helpful.').specific // false
 */
export function analyzePeerFeedback(text: string): PeerFeedbackAnalysis {
  const words = tokenize(text);
  const reasons: string[] = [];
  const suggestions: string[] = [];
  let score = 0;

  const behaviour = OBSERVABLE_ACTION.test(text);
  const situation = hasTimeAnchor(text) || namesArtifact(text) || namesSystem(text);
  const measure = hasMeasure(text);
  const outcome = OUTCOME.test(text);
  const enabling = ENABLING_OTHERS.test(text);
  const traits = countMatches(TRAIT_WORDS, text);
  const hyperbole = countMatches(HYPERBOLE, text);
  const speculation = countMatches(INTENT_SPECULATION, text);
  // "We shipped..." says nothing about this person unless a pronoun or their name carries the action.
  const startsWithName = /^(?!We\b|Our\b|The\b|This\b|It\b)[A-Z][a-z]+\s/.test(text.trim());
  const teamOnly =
    countTeamVoice(text) > 0 && !startsWithName && !/\b(?:he|she|they|his|her|their|you|your)\b/i.test(text);
  const namesPerson = namedWords(text).length > 0;

  if (behaviour) {
    score += 30;
    reasons.push('Describes something the person did that others could observe.');
  } else {
    suggestions.push('Describe one thing they did, as someone watching would have seen it.');
  }
  if (situation) {
    score += 20;
    reasons.push('Places it in a situation: a time, a system or a document a reader can check.');
  } else {
    suggestions.push('Say when and where it happened: the project, the incident, the meeting or the date.');
  }
  if (measure) {
    score += 20;
    reasons.push('Gives a number that shows the size of the result.');
  }
  if (outcome) {
    score += 15;
    reasons.push('Says what changed because of it.');
  } else if (!measure) {
    suggestions.push('Add the impact: what changed for the team, the users or the business because of it.');
  }
  if (enabling) {
    score += 10;
    reasons.push('Shows them making other people more effective.');
  }
  if (namesPerson && behaviour) score += 5;
  if (words.length >= 40) score += 5;

  if (traits > 0) {
    score -= Math.min(30, traits * 10);
    reasons.push(
      `Leans on character labels (${traits === 1 ? 'one' : traits}) rather than behaviour: a committee cannot weigh a label.`,
    );
    if (!behaviour) suggestions.push('Replace the adjectives with the example that made you think them.');
  }
  if (hyperbole > 0) {
    score -= Math.min(20, hyperbole * 8);
    const used = [...new Set((text.match(HYPERBOLE) ?? []).map((w) => w.toLowerCase()))].slice(0, 3);
    const quoted = used.map((w) => `"${w}"`).join(', ');
    reasons.push(
      used.length === 1
        ? `Uses a superlative (${quoted}) that reads as enthusiasm, not evidence.`
        : `Uses superlatives (${quoted}) that read as enthusiasm, not evidence.`,
    );
  }
  const vagueObjects = countMatches(VAGUE_OBJECT, text);
  if (vagueObjects > 0) {
    score -= Math.min(20, vagueObjects * 10);
    reasons.push('Talks about "things" in general instead of naming one piece of work.');
    suggestions.push('Name the piece of work: the project, the document, the incident.');
  }
  if (speculation > 0) {
    score -= Math.min(20, speculation * 10);
    reasons.push('Guesses at intent or feelings; feedback is stronger when it sticks to what happened.');
    suggestions.push('Drop the guesses about what they think or want; keep what they did.');
  }
  if (teamOnly) {
    score -= 15;
    reasons.push('Talks about what "we" did without saying what this person did.');
    suggestions.push('Say which part was theirs: what they did, not what the team did.');
  }
  if (words.length < 12) {
    score -= 15;
    reasons.push('Too short to carry an example.');
  }

  score = Math.max(0, Math.min(100, score));
  // What "we" did, however well measured, is not this person's behaviour.
  const specific = score >= SPECIFIC_THRESHOLD && behaviour && !teamOnly && (situation || measure || outcome);
  if (!specific && suggestions.length === 0) {
    suggestions.push('Tie it to one concrete example: the situation, what they did and what it changed.');
  }
  reasons.unshift(
    specific
      ? 'Specific: a reader who was not there can see what happened and why it mattered.'
      : 'Generic: it does not yet show a situation, an observable behaviour and its impact together.',
  );
  return { specific, score, reasons, suggestions };
}

/**
 * Judges manager feedback: actionable when it names a behaviour or deliverable, a context and a time
 * frame; otherwise vague. The follow-up questions ask for whatever is missing.
 * @example analyzeManagerFeedback("You're almost there, keep doing what you're doing.").actionable // false
 */
export function analyzeManagerFeedback(text: string): ManagerFeedbackAnalysis {
  const reasons: string[] = [];
  const followUpQuestions: string[] = [];

  const vague = VAGUE_MANAGER_PHRASES.filter((phrase) => phrase.pattern.test(text));
  const deliverable =
    DELIVERABLE_VERB.test(text) && (DELIVERABLE_OBJECT.test(text) || namesArtifact(text) || hasMeasure(text));
  const context = CONTEXT.test(text) || namedWords(text).length > 0;
  // "Next cycle could be the one" names a cycle but sets nothing to check by it.
  const withoutVague = vague.reduce(
    (rest, phrase) => rest.replace(new RegExp(phrase.pattern.source, 'gi'), ' '),
    text,
  );
  const timeFrame = TIME_FRAME.test(withoutVague);
  const measure = hasMeasure(text);
  const speaksToYou = countFirstPerson(text) + (text.match(/\b(?:you|your)\b/gi) ?? []).length > 0;

  const actionable = deliverable && timeFrame && (context || measure);

  if (deliverable) reasons.push('Names a behaviour or deliverable you can act on.');
  else reasons.push('Names no concrete behaviour or deliverable.');
  if (context) reasons.push('Says where it applies: a project, a system, a meeting or the people involved.');
  else reasons.push('Gives no context: which project, system, meeting or people it applies to.');
  if (timeFrame) reasons.push('Sets a time frame.');
  else reasons.push('Sets no time frame to check progress against.');
  if (measure) reasons.push('States a measure of success.');
  for (const phrase of vague) reasons.push(`Uses a phrase that ${phrase.label}.`);
  if (!speaksToYou && !deliverable) reasons.push('Does not say what you in particular should do.');

  reasons.unshift(
    actionable
      ? 'Actionable: you know what to do, where, and by when.'
      : 'Vague: you could not tell from this alone what to do next, or when you would have done it.',
  );

  if (!actionable) {
    for (const phrase of vague) followUpQuestions.push(phrase.question);
    if (!deliverable) {
      followUpQuestions.push(
        'What is one concrete piece of work (a deliverable or a behaviour) that would show it?',
      );
    }
    if (!context) followUpQuestions.push('On which project, system or team should I show this?');
    if (!timeFrame) {
      followUpQuestions.push('By when should I have done it, and when will we check in on it?');
    }
    if (!measure) followUpQuestions.push('How will we both know it worked: what would we see or measure?');
    followUpQuestions.push('Could we write this down together so it is the same criterion at calibration?');
  }
  return { actionable, reasons, followUpQuestions: [...new Set(followUpQuestions)] };
}
