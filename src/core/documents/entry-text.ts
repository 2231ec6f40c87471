/** Reading an entry's own words: Markdown reduced to plain text, sentences, and whether a claim has a number. */
import { hasMeasure } from '../analysis/text-signals.js';

const MARKUP = /[*_`[\]#>]|^\s*(?:[-+]|\d+[.)])\s/m;
/** Whitespace that collapsing would change: anything but a single inner space. */
const LOOSE_SPACE = /[^\S ]| {2}|^ | $/;

/** Plain text of an entry's Markdown: emphasis, code and link markup removed, words kept as written. */
export function stripMarkdown(markdown: string): string {
  // Most entries are plain prose: skip the markup patterns when there is no markup character at all.
  if (!MARKUP.test(markdown)) {
    // Most are one clean line: returned as they are, without building a copy.
    return LOOSE_SPACE.test(markdown) ? markdown.replace(/\s+/g, ' ').trim() : markdown;
  }
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/**
 * Sentences of an entry's Markdown: each line (a list item, a paragraph line) on its own, then split
 * after . ! ? followed by a space and a capital, digit or quote. A line ending in a colon keeps the list
 * right after it ("four milestones: M1 ...; M2 ..."): cut apart, the line would promise what it never says.
 */
export function sentences(markdown: string): string[] {
  const lines: string[] = [];
  // Whether the last line is an introduction ending in a colon, gathering the list items under it.
  let gathering = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = stripMarkdown(raw);
    const isItem = LIST_ITEM.test(raw);
    const last = lines.length - 1;
    if (gathering && isItem && line !== '') {
      lines[last] = `${lines[last]}${lines[last]!.endsWith(':') ? ' ' : '; '}${line.replace(/[.;,]$/, '')}`;
      continue;
    }
    // A blank line between the introduction and its first item.
    if (gathering && line === '' && lines[last]!.endsWith(':')) continue;
    lines.push(line);
    gathering = !isItem && line.endsWith(':');
  }
  return lines
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=["'(A-Z0-9])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A sentence that opens on what the author did ("Profiled ...", "I wrote ..."), not on the situation. */
const ACTION_FIRST =
  /^(I|We)\b|^[A-Z][a-z]+ed\b|^(Broke|Built|Wrote|Rewrote|Led|Ran|Made|Took|Set|Found|Drove|Gave|Sent|Met|Spent|Kept|Began|Brought|Taught|Did|Got|Put|Cut|Split|Shipped|Joined|Walked|Paired)\b/;

// "Proposed" as a verb, not as the adjective of "the proposed targets".
const DECISION =
  /\b(decided|decide|chose|chosen|choose|picked|opted|went with|trade-?offs?|in favou?r of|recommended|agreed|compared (\w+ )?(options|approaches|alternatives|designs))\b|(?<!\b(the|a|an|our|their|its|your) )\bproposed\b/i;
/**
 * An alternative set aside is a decision when the author acts in the sentence ("I added a streaming
 * endpoint instead of paging"), and a description when not ("both now read the API instead of the tables").
 */
const SET_ASIDE = /\b(instead of|rather than)\b/i;
const AUTHOR_ACTS = /\b(I|we)\b/;

/** A sentence that records a decision or a trade-off, in the author's words. */
export function isDecision(sentence: string): boolean {
  return (
    DECISION.test(sentence) ||
    (SET_ASIDE.test(sentence) && (AUTHOR_ACTS.test(sentence) || ACTION_FIRST.test(sentence)))
  );
}

/**
 * Words that describe a state worth fixing: something slow, failing, manual, unowned or depended on.
 * Loose on purpose: it only chooses among a project's first sentences which one opens its story.
 */
const TROUBLE =
  /\b(still|slow\w*|nobody|no one|never|every (time|request|night|day|week|release)|each time|depends? on|depended on|legacy|old|outdated|manual(ly)?|by hand|broken|fail(s|ed|ing|ures?)?|flak(y|iness)|outages?|errors?|time-?outs?|timed out|stuck|stale|duplicat\w*|blocked|blocking|waits?|waited|waiting|needed|too (slow|long|many|much|few|hard)|couldn'?t|can'?t|cannot|unable|risks?|risky|problems?|pain\w*|complain\w*|worried|expensive|costly|bottlenecks?|sequential scan|regress\w*|leak\w*|missing|lacked|lacks?)\b/i;

/** A sentence that describes the situation a piece of work started from: a state worth fixing, not an action. */
export function statesProblem(sentence: string): boolean {
  return !ACTION_FIRST.test(sentence) && TROUBLE.test(sentence) && !isDecision(sentence);
}

/**
 * Whether a claim carries a measure, as the analysis engine judges it (a quantity with a unit, money,
 * before and after, a reach): "p95 from 800 ms to 300 ms" does; "made checkout faster", "shipped v2"
 * or "closed 14 tickets" do not. Plain patterns, so documents never load the language model.
 */
export function hasMetric(claim: string): boolean {
  // An entry's impact is judged once per story and once per list it appears in: remember the answer.
  let known = measured.get(claim);
  if (known === undefined) {
    known = hasMeasure(claim);
    if (measured.size > 50_000) measured.clear();
    measured.set(claim, known);
  }
  return known;
}

const measured = new Map<string, boolean>();

/** Words as a person counts them: runs of letters or digits, with inner apostrophes, dashes and dots. */
export function countWords(plain: string): number {
  return plain.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
