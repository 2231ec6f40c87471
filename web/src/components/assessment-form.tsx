// Rating every competency in one go (self or manager), a level and a qualifier each, kept as a draft
// until the server has it; competencies left unrated are not sent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../api/client';
import { assessmentsChanged } from '../api/people-queries';
import { recordAssessmentInputRaterValues, recordAssessmentInputRatingsQualifierValues } from '../api/schema';
import { todayIso } from '../lib/dates';
import { useDraft } from '../lib/use-draft';
import { Field } from './field';
import { LevelOptions } from './level-options';
import { ErrorNotice, Saved } from './states';

type Rater = NonNullable<Schemas['RecordAssessmentInput']['rater']>;
type Qualifier = Schemas['RecordAssessmentInput']['ratings'][number]['qualifier'];
interface RatingDraft {
  level: string;
  qualifier: Qualifier;
  note: string;
  whatItTakes: string;
}
interface AssessmentDraft {
  rater: Rater;
  date: string;
  ratings: Record<string, RatingDraft>;
}

const blank = (): AssessmentDraft => ({ rater: 'self', date: todayIso(), ratings: {} });
const BLANK_RATING: RatingDraft = { level: '', qualifier: 'meets', note: '', whatItTakes: '' };
const QUALIFIER_LABELS: Record<Qualifier, string> = {
  'working-towards': 'working towards',
  meets: 'meets',
  exceeds: 'exceeds',
};

interface AssessmentFormProps {
  framework: Schemas['Framework'];
}

export function AssessmentForm({ framework }: AssessmentFormProps) {
  const client = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft('assessment', blank());
  // The ratings sent, in order, so the server's `ratings[2]` finds its competency again.
  const rated = framework.competencies.filter((c) => draft.ratings[c.id]?.level);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/assessments', {
          body: {
            rater: draft.rater,
            date: draft.date,
            framework: framework.id,
            ratings: rated.map((c) => ({ competency: c.id, ...(draft.ratings[c.id] ?? BLANK_RATING) })),
          },
        }),
      ),
    onSuccess: async () => {
      clearDraft();
      await assessmentsChanged(client);
    },
  });
  const problemFor = (competency: string) => {
    const index = rated.findIndex((c) => c.id === competency);
    return index < 0 ? undefined : save.error?.forField(`ratings[${index}]`);
  };
  const setRating = (competency: string, change: Partial<RatingDraft>) =>
    setDraft({
      ...draft,
      ratings: {
        ...draft.ratings,
        [competency]: { ...(draft.ratings[competency] ?? BLANK_RATING), ...change },
      },
    });

  return (
    <form
      className="card"
      aria-labelledby="rate-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="rate-title">Rate the competencies</h2>
      <p className="hint">
        Rate yourself, or write down what your manager told you. Leave a competency on “not rated” to skip it.
      </p>
      {save.isSuccess && (
        <Saved>
          Recorded the {save.data.rater} rating of {save.data.ratings.length}{' '}
          {save.data.ratings.length === 1 ? 'competency' : 'competencies'}.
        </Saved>
      )}
      <ErrorNotice error={save.error} title="Not recorded; your ratings are kept." />
      <div className="form-grid">
        <Field label="Who rates" problem={save.error?.forField('rater')}>
          <select
            value={draft.rater}
            onChange={(e) => setDraft({ ...draft, rater: e.target.value as Rater })}
          >
            {recordAssessmentInputRaterValues.map((r) => (
              <option key={r} value={r}>
                {r === 'self' ? 'Me (self-assessment)' : 'My manager'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Date" problem={save.error?.forField('date')}>
          <input
            type="date"
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </Field>
      </div>
      {framework.competencies.map((c) => {
        const r = draft.ratings[c.id] ?? BLANK_RATING;
        return (
          <fieldset key={c.id} className="rating-row">
            <legend>{c.name}</legend>
            <div className="form-grid">
              <Field label={`${c.name}: level`} problem={problemFor(c.id)}>
                <select value={r.level} onChange={(e) => setRating(c.id, { level: e.target.value })}>
                  <option value="">not rated</option>
                  <LevelOptions levels={framework.levels} />
                </select>
              </Field>
              <Field label={`${c.name}: how far`}>
                <select
                  value={r.qualifier}
                  disabled={!r.level}
                  onChange={(e) => setRating(c.id, { qualifier: e.target.value as Qualifier })}
                >
                  {recordAssessmentInputRatingsQualifierValues.map((q) => (
                    <option key={q} value={q}>
                      {QUALIFIER_LABELS[q]}
                    </option>
                  ))}
                </select>
              </Field>
              {r.level && (
                <>
                  <Field label={`${c.name}: note`}>
                    <input value={r.note} onChange={(e) => setRating(c.id, { note: e.target.value })} />
                  </Field>
                  <Field
                    label={`${c.name}: what it takes`}
                    hint="What would move it up, in the rater's words"
                  >
                    <input
                      value={r.whatItTakes}
                      onChange={(e) => setRating(c.id, { whatItTakes: e.target.value })}
                    />
                  </Field>
                </>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : `Record ${rated.length} ${rated.length === 1 ? 'rating' : 'ratings'}`}
        </button>
      </div>
    </form>
  );
}
