/**
 * Suggestions at capture (`promocase log`): fills in the kind, competencies and scope the person did not
 * give, from the analysis of what they wrote. On a terminal they are shown and can be accepted or changed;
 * in a script `--suggest` applies them and says what it chose (`promocase week` does the same for its
 * entries). Loaded only when suggestions are wanted.
 */
import type { EntryAnalysis } from '../core/analysis/analyze-entry.js';
import {
  ENTRY_KINDS,
  ENTRY_SCOPES,
  type EntryKind,
  type EntryScope,
} from '../core/entries/entry-vocabulary.js';
import { say } from './output.js';
import { askConfirm, askSelect, askText } from './prompts.js';
import type { Session } from './session.js';

type SuggestedField = 'kind' | 'competencies' | 'scope';
const FIELDS: readonly SuggestedField[] = ['kind', 'competencies', 'scope'];

/** The fields a suggestion may fill: those the person did not give. */
export function fieldsToSuggest(input: Record<string, unknown>): SuggestedField[] {
  return FIELDS.filter((f) => input[f] === undefined);
}

function describe(fields: readonly SuggestedField[], values: Record<string, unknown>): string {
  return fields
    .map((f) => {
      const value = values[f];
      const shown = Array.isArray(value) ? (value.length ? value.join(', ') : '(none)') : String(value);
      return `${f === 'competencies' ? 'competencies' : f} ${shown}`;
    })
    .join('; ');
}

function proposed(analysis: EntryAnalysis, fields: readonly SuggestedField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of fields) values[f] = analysis[f];
  return values;
}

/** Script mode: applies the suggestions to `input` and prints what was chosen (on stderr). */
export async function applySuggestions(session: Session, input: Record<string, unknown>): Promise<void> {
  const fields = fieldsToSuggest(input);
  if (fields.length === 0) return;
  const analysis = await session.services.analysis.suggestEntry(session.actor, input);
  const values = proposed(analysis, fields);
  Object.assign(input, values);
  say(session.io, `Suggested: ${describe(fields, values)}`);
}

/** Terminal mode: shows the suggestions and lets the person accept, change or skip them. */
export async function reviewSuggestions(session: Session, input: Record<string, unknown>): Promise<void> {
  const fields = fieldsToSuggest(input);
  if (fields.length === 0) return;
  const analysis = await session.services.analysis.suggestEntry(session.actor, input);
  const values = proposed(analysis, fields);
  say(session.io, `Suggested from your text: ${describe(fields, values)}`);
  for (const tip of analysis.suggestions.slice(0, 2)) say(session.io, `  tip: ${tip}`);
  const choice = await askSelect('Use these?', ['accept', 'change', 'skip'] as const, 'accept');
  if (choice === 'skip') return;
  if (choice === 'change') {
    if (fields.includes('kind'))
      values.kind = await askSelect('Kind', ENTRY_KINDS, analysis.kind as EntryKind);
    if (fields.includes('competencies'))
      values.competencies = await askCompetencies(session, analysis.competencies.join(', '));
    if (fields.includes('scope'))
      values.scope = await askSelect('Scope', ENTRY_SCOPES, analysis.scope as EntryScope);
  }
  Object.assign(input, values);
}

/** Asks for competency ids until each is one of the person's frameworks: a typo must not lose the entry. */
async function askCompetencies({ services, actor, io }: Session, initial: string): Promise<string[]> {
  const known = new Set<string>();
  for (const f of await services.frameworks.list(actor))
    for (const c of (await services.frameworks.get(actor, f.id)).competencies) known.add(c.id);
  for (let typed = initial; ; ) {
    typed = await askText('Competencies (comma-separated ids, empty for none)', { initial: typed });
    const ids = typed
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length === 0) return ids;
    const named = unknown.map((id) => `"${id}"`).join(', ');
    say(
      io,
      `${named} ${unknown.length === 1 ? 'is not a competency' : 'are not competencies'} of your frameworks; use one of: ${[...known].join(', ')}`,
    );
  }
}

/**
 * Several entries at once (`promocase week`): each gets the fields it lacks. On a terminal the whole
 * set is shown and confirmed once; in a script they are applied and listed on stderr.
 */
export async function suggestForBatch(session: Session, inputs: Record<string, unknown>[]): Promise<void> {
  const proposals: {
    input: Record<string, unknown>;
    fields: SuggestedField[];
    values: Record<string, unknown>;
  }[] = [];
  for (const input of inputs) {
    const fields = fieldsToSuggest(input);
    if (fields.length === 0) continue;
    const analysis = await session.services.analysis.suggestEntry(session.actor, input);
    proposals.push({ input, fields, values: proposed(analysis, fields) });
  }
  if (proposals.length === 0) return;
  const lines = proposals.map((p) => `  ${String(p.input.title)}: ${describe(p.fields, p.values)}`);
  if (session.io.isTTY) {
    say(session.io, `Suggested from your text:\n${lines.join('\n')}`);
    if (!(await askConfirm('Tag the entries this way?', true))) return;
  } else say(session.io, `Suggested:\n${lines.join('\n')}`);
  for (const p of proposals) Object.assign(p.input, p.values);
}
