/** The specificity score of an entry (0-100), the reasons behind it and what would raise it (XYZ, STAR). */
import type { EntryScope } from '../entries/entry-vocabulary.js';
import { OUTCOME } from './feedback-lexicon.js';
import type { ParsedText } from './parse-text.js';
import {
  countFirstPerson,
  countTeamVoice,
  hasBeforeAfter,
  hasTimeAnchor,
  namesArtifact,
  namesSystem,
} from './text-signals.js';

export interface SpecificityScore {
  score: number;
  reasons: string[];
  suggestions: string[];
}

/** The method, XYZ's "by doing Z": "by moving cold data to S3", "using feature flags". */
const METHOD =
  /\b(?:by (?:\w+ing|adding|moving|using|switching|replacing|removing)|using|via|through|with (?:a|an|the) (?:new )?\w+ (?:cache|index|queue|script|tool|model|check|test))\b/i;

export function scoreSpecificity(
  text: string,
  parsed: ParsedText,
  facts: { metric: boolean; scope: EntryScope },
): SpecificityScore {
  const reasons: string[] = [];
  const suggestions: string[] = [];
  let score = 0;

  const verbs = parsed.tokens.filter((t) => t.pos === 'VERB').length;
  const words = parsed.tokens.filter((t) => /\w/.test(t.text)).length;
  const firstPerson = countFirstPerson(text) > 0;
  // A log line usually drops the subject ("Shipped the..."): that is the writer speaking.
  const impliedFirstPerson = parsed.tokens[0]?.pos === 'VERB';
  const teamVoice = countTeamVoice(text) > 0;

  if (verbs > 0) {
    score += 20;
    reasons.push('Says what was done.');
  } else {
    suggestions.push('Start with what you did: a verb such as led, shipped, wrote or fixed.');
  }
  if (teamVoice && !firstPerson) {
    score -= 10;
    reasons.push('Speaks for the team ("we") without saying which part was yours.');
    suggestions.push('Say what you did, not what the team did.');
  } else if (firstPerson || impliedFirstPerson) {
    score += 10;
    reasons.push('Makes your own part clear.');
  }
  if (facts.metric) {
    score += 25;
    if (hasBeforeAfter(text)) {
      score += 10;
      reasons.push('Gives the before and after.');
    } else {
      suggestions.push('Add the baseline: what the number was before, so the change can be judged.');
    }
  } else {
    suggestions.push('Add the before and after number (latency, errors, cost, time saved, people reached).');
  }
  if (namesSystem(text) || namesArtifact(text)) {
    score += 15;
    reasons.push('Names the system, document or project, so a reader can check it.');
  } else {
    suggestions.push('Name the system, document or project it was about.');
  }
  if (OUTCOME.test(text)) {
    score += 10;
    reasons.push('Says what changed because of it.');
  } else if (!facts.metric) {
    suggestions.push('Say what changed because of it: for users, the team or the business.');
  }
  if (METHOD.test(text)) {
    score += 5;
    reasons.push('Explains how it was done.');
  }
  if (facts.scope === 'cross-team' || facts.scope === 'org') {
    score += 5;
    reasons.push('Shows reach beyond your own team.');
  }
  if (hasTimeAnchor(text)) score += 5;
  if (words >= 15) score += 10;
  else if (words < 7) {
    score -= 10;
    reasons.push('Very short: a reader will not know what it involved.');
    suggestions.push('Add a sentence of context: the problem, who it was for, why it mattered.');
  }
  return { score: Math.max(0, Math.min(100, score)), reasons, suggestions };
}
