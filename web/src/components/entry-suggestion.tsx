// What the analysis makes of an entry while it is being written (kind, scope, competencies, how specific),
// shown beside the row and taken with one click. Asked only once typing pauses; nothing is saved by asking.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api/client';

export type EntrySuggestion = Schemas['EntrySuggestion'];

/** The tags a row takes from a suggestion. */
export interface SuggestedTags {
  kind: string;
  scope: string;
  competencies: string[];
}

/** Shorter texts say too little for the analysis to read anything into them. */
const MIN_CHARACTERS = 12;
const PAUSE_MS = 600;

/** The value once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const tagsOf = (s: EntrySuggestion): SuggestedTags => ({
  kind: s.kind,
  scope: s.scope,
  competencies: s.competencies,
});

const describeTags = (t: SuggestedTags) =>
  [t.kind, `${t.scope} scope`, t.competencies.length ? t.competencies.join(', ') : '']
    .filter(Boolean)
    .join(' · ');

export function EntrySuggestionHint({
  title,
  impact,
  applied,
  onApply,
  onClear,
  label,
}: {
  title: string;
  impact?: string;
  /** The tags taken for this row, if any. */
  applied: SuggestedTags | undefined;
  onApply: (tags: SuggestedTags) => void;
  onClear: () => void;
  /** Names the row for screen readers ("Shipped 1"). */
  label: string;
}) {
  const text = useSettled({ title: title.trim(), impact: (impact ?? '').trim() }, PAUSE_MS);
  const enough = text.title.length + text.impact.length >= MIN_CHARACTERS;
  const suggestion = useQuery({
    queryKey: ['entry-suggestion', text.title, text.impact],
    queryFn: () =>
      call(
        api.POST('/api/v1/analyze/entry', {
          body: { title: text.title, ...(text.impact ? { impact: text.impact } : {}) },
        }),
      ),
    enabled: enough && !applied,
    staleTime: Number.POSITIVE_INFINITY, // the same text always reads the same
    retry: false,
  });

  if (applied)
    return (
      <p className="entry-suggestion">
        Tagged: {describeTags(applied)}{' '}
        <button type="button" onClick={onClear} aria-label={`Remove the tags of ${label}`}>
          Remove
        </button>
      </p>
    );
  if (!enough || title.trim() === '') return null;
  if (suggestion.isPending) return <p className="entry-suggestion hint">Reading…</p>;
  // A suggestion is a help, not a step: when it cannot be had, the row is logged as typed.
  if (suggestion.error) return null;
  const s = suggestion.data;
  return (
    <div className="entry-suggestion" aria-live="polite">
      <p>
        Reads as {describeTags(tagsOf(s))}. Specific: {s.specificity}/100
        {s.metric ? ', with a measure' : ''}.{' '}
        <button type="button" onClick={() => onApply(tagsOf(s))} aria-label={`Use these tags for ${label}`}>
          Use these tags
        </button>
      </p>
      {s.suggestions.length > 0 && (
        <ul className="hint">
          {s.suggestions.slice(0, 2).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
