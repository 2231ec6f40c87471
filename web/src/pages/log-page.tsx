// The Friday ritual as one form: what shipped (and its impact), the decisions, whom you helped; saved
// as the week's entries in one request, all or none. The draft survives a failed save or a closed tab.
// Beside each shipped and decision row, what the analysis reads in it, taken with one click.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, call, type Schemas } from '../api/client';
import { entriesChanged } from '../api/queries';
import { EntrySuggestionHint, type SuggestedTags } from '../components/entry-suggestion';
import { Field } from '../components/field';
import { ErrorNotice, Saved } from '../components/states';
import { todayIso } from '../lib/dates';
import { hasDraft, useDraft } from '../lib/use-draft';

interface WeekDraft {
  date: string;
  project: string;
  // Each row has a key of its own, so React keeps focus and text in the right row as rows are added.
  // `tags`: a suggestion taken for the row (absent in drafts saved before suggestions existed).
  shipped: { key: string; title: string; impact: string; tags?: SuggestedTags }[];
  decisions: { key: string; title: string; tags?: SuggestedTags }[];
  helped: { key: string; name: string; how: string }[];
}

let rows = 0;
const rowKey = () => `${Date.now().toString(36)}-${(rows++).toString(36)}`;

const blankWeek = (): WeekDraft => ({
  date: todayIso(),
  project: '',
  shipped: [{ key: rowKey(), title: '', impact: '' }],
  decisions: [{ key: rowKey(), title: '' }],
  helped: [{ key: rowKey(), name: '', how: '' }],
});

type Section = 'shipped' | 'decisions' | 'helped';

type Kind = Schemas['CreateEntryInput']['kind'];

/** A row's own kind, or the kind, scope and competencies of the suggestion taken for it. */
const tagged = (kind: Kind, tags: SuggestedTags | undefined): Partial<Schemas['CreateEntryInput']> =>
  tags
    ? {
        kind: tags.kind as Kind,
        scope: tags.scope as Schemas['CreateEntryInput']['scope'],
        competencies: tags.competencies,
      }
    : { kind };

/** The entries the week becomes, in order, each with the row it came from (to place the server's problems). */
function weekEntries(w: WeekDraft): { input: Schemas['CreateEntryInput']; from: [Section, number] }[] {
  const common = { date: w.date, ...(w.project.trim() ? { project: w.project.trim() } : {}) };
  const out: { input: Schemas['CreateEntryInput']; from: [Section, number] }[] = [];
  w.shipped.forEach((s, i) => {
    if (s.title.trim())
      out.push({
        input: { ...common, title: s.title, impact: s.impact, ...tagged('feature', s.tags) },
        from: ['shipped', i],
      });
  });
  w.decisions.forEach((d, i) => {
    if (d.title.trim())
      out.push({ input: { ...common, title: d.title, ...tagged('design', d.tags) }, from: ['decisions', i] });
  });
  w.helped.forEach((h, i) => {
    const name = h.name.trim();
    if (!name) return;
    const title = h.how.trim() ? `Helped ${name}: ${h.how.trim()}` : `Helped ${name}`;
    out.push({ input: { ...common, title, peopleHelped: [name], kind: 'mentoring' }, from: ['helped', i] });
  });
  return out;
}

export function LogPage() {
  const client = useQueryClient();
  const [resumed] = useState(() => hasDraft('week'));
  const [week, setWeek, clearWeek] = useDraft('week', blankWeek());
  const [emptyTried, setEmptyTried] = useState(false);
  const entries = weekEntries(week);
  const save = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/entries/batch', { body: { entries: entries.map((e) => e.input) } })),
    onSuccess: async () => {
      clearWeek();
      await entriesChanged(client);
    },
  });

  /** The server's problem for a row (`entries[3].title` -> the fourth entry's row). */
  const problemAt = (section: Section, row: number): string | undefined => {
    const index = entries.findIndex((e) => e.from[0] === section && e.from[1] === row);
    return index < 0 ? undefined : save.error?.forField(`entries[${index}]`);
  };
  const update = <S extends Section>(section: S, row: number, value: Partial<WeekDraft[S][number]>) =>
    setWeek({ ...week, [section]: week[section].map((r, i) => (i === row ? { ...r, ...value } : r)) });
  const addRow = (section: Section) => {
    const blank = blankWeek()[section][0]!;
    setWeek({ ...week, [section]: [...week[section], blank] });
  };

  return (
    <section aria-labelledby="log-title" className="page">
      <h1 id="log-title">Log your week</h1>
      <p className="lead">
        Five minutes on Friday: what shipped and what it changed, what you decided, whom you helped. Empty
        rows are skipped.
      </p>
      {resumed && !save.isSuccess && <p className="hint">Picked up the draft you left here.</p>}
      {save.isSuccess && (
        <Saved>
          Logged {save.data.entries.length} {save.data.entries.length === 1 ? 'entry' : 'entries'}.{' '}
          <Link href="/">See your streak</Link>
        </Saved>
      )}
      <ErrorNotice error={save.error} title="Not saved; everything you typed is kept." />
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setEmptyTried(entries.length === 0);
          if (entries.length > 0) save.mutate();
        }}
      >
        <div className="form-grid">
          <Field label="Week ending" hint="The entries' date">
            <input
              type="date"
              value={week.date}
              onChange={(e) => setWeek({ ...week, date: e.target.value })}
            />
          </Field>
          <Field label="Project" hint="Optional, for all of this week's entries">
            <input value={week.project} onChange={(e) => setWeek({ ...week, project: e.target.value })} />
          </Field>
        </div>

        <fieldset>
          <legend>What shipped?</legend>
          {week.shipped.map((s, i) => (
            <div key={s.key}>
              <div className="row">
                <Field label={`Shipped ${i + 1}`} problem={problemAt('shipped', i)}>
                  <input value={s.title} onChange={(e) => update('shipped', i, { title: e.target.value })} />
                </Field>
                <Field label={`Impact of shipped ${i + 1}`} hint="Numbers help: 2% → 0.1% errors">
                  <input
                    value={s.impact}
                    onChange={(e) => update('shipped', i, { impact: e.target.value })}
                  />
                </Field>
              </div>
              <EntrySuggestionHint
                label={`shipped ${i + 1}`}
                title={s.title}
                impact={s.impact}
                applied={s.tags}
                onApply={(tags) => update('shipped', i, { tags })}
                onClear={() => update('shipped', i, { tags: undefined })}
              />
            </div>
          ))}
          <button type="button" onClick={() => addRow('shipped')}>
            Add something shipped
          </button>
        </fieldset>

        <fieldset>
          <legend>Which decisions did you make or drive?</legend>
          {week.decisions.map((d, i) => (
            <div key={d.key}>
              <div className="row">
                <Field label={`Decision ${i + 1}`} problem={problemAt('decisions', i)}>
                  <input
                    value={d.title}
                    onChange={(e) => update('decisions', i, { title: e.target.value })}
                  />
                </Field>
              </div>
              <EntrySuggestionHint
                label={`decision ${i + 1}`}
                title={d.title}
                applied={d.tags}
                onApply={(tags) => update('decisions', i, { tags })}
                onClear={() => update('decisions', i, { tags: undefined })}
              />
            </div>
          ))}
          <button type="button" onClick={() => addRow('decisions')}>
            Add a decision
          </button>
        </fieldset>

        <fieldset>
          <legend>Whom did you help, and how?</legend>
          {week.helped.map((h, i) => (
            <div className="row" key={h.key}>
              <Field label={`Person ${i + 1}`} problem={problemAt('helped', i)}>
                <input value={h.name} onChange={(e) => update('helped', i, { name: e.target.value })} />
              </Field>
              <Field label={`How you helped person ${i + 1}`}>
                <input value={h.how} onChange={(e) => update('helped', i, { how: e.target.value })} />
              </Field>
            </div>
          ))}
          <button type="button" onClick={() => addRow('helped')}>
            Add someone you helped
          </button>
        </fieldset>

        {emptyTried && entries.length === 0 && (
          <p className="problem" role="alert">
            Nothing to log yet: fill in at least one row.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending
              ? 'Saving…'
              : `Log ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`}
          </button>
        </div>
      </form>
    </section>
  );
}
