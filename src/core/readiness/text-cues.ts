/**
 * Cues in an entry's text that a project's scope is judged on: a problem that started open or
 * ambiguous, and a design decision or trade-off. Computed once per entry edit and cached with the text
 * analysis, because matching them over years of entries on every run costs more than all the rules.
 */

const AMBIGUITY =
  /\b(unclear|vague|ambiguous|undefined|no (spec|owner|plan)|nobody (owned|knew)|open question|framed|investigat\w*|explor\w*|unknowns?|figured out|scop(ed|ing)|turned .* into (a )?plan|root cause)\b/i;
const DECISION =
  /\b(decid\w*|decision|chose|chosen|trade-?offs?|design doc|rfc|adr|architect\w*|proposal|pushed back|alternatives?|options)\b/i;

export interface TextCues {
  ambiguity: boolean;
  decision: boolean;
}

export function textCues(text: string): TextCues {
  return { ambiguity: AMBIGUITY.test(text), decision: DECISION.test(text) };
}
