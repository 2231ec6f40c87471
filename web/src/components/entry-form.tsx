// The fields of one entry, as text boxes: shared by quick add and editing, converted to the API's shape here.
import type { ApiError } from '../api/api-error';
import type { Entry, Schemas } from '../api/client';
import { entryKindValues, entryScopeValues, entryVisibilityValues } from '../api/schema';
import { Field, splitList } from './field';

export interface EntryDraft {
  title: string;
  date: string;
  impact: string;
  details: string;
  kind: Entry['kind'];
  scope: Entry['scope'];
  competencies: string;
  project: string;
  tags: string;
  peopleHelped: string;
  collaborators: string;
  links: string;
  visibility: Entry['visibility'];
}

export function emptyEntryDraft(date: string): EntryDraft {
  return {
    title: '',
    date,
    impact: '',
    details: '',
    kind: 'feature',
    scope: 'individual',
    competencies: '',
    project: '',
    tags: '',
    peopleHelped: '',
    collaborators: '',
    links: '',
    visibility: 'private',
  };
}

export function draftOf(entry: Entry): EntryDraft {
  return {
    title: entry.title,
    date: entry.date,
    impact: entry.impact,
    details: entry.details,
    kind: entry.kind,
    scope: entry.scope,
    competencies: entry.competencies.join(', '),
    project: entry.project ?? '',
    tags: entry.tags.join(', '),
    peopleHelped: entry.peopleHelped.join(', '),
    collaborators: entry.collaborators.join(', '),
    links: entry.links.join(', '),
    visibility: entry.visibility,
  };
}

/** What the API takes; an empty project is "none", never an empty string. */
export function inputOf(draft: EntryDraft): Schemas['CreateEntryInput'] & Schemas['UpdateEntryInput'] {
  return {
    title: draft.title,
    date: draft.date,
    impact: draft.impact,
    details: draft.details,
    kind: draft.kind,
    scope: draft.scope,
    competencies: splitList(draft.competencies),
    project: draft.project.trim() || null,
    tags: splitList(draft.tags),
    peopleHelped: splitList(draft.peopleHelped),
    collaborators: splitList(draft.collaborators),
    links: splitList(draft.links),
    visibility: draft.visibility,
  };
}

/** "Comma-separated: craft, impact, ..." from the framework's competencies, when they are known. */
export function competencyHint(competencies: readonly { id: string }[]): string | undefined {
  return competencies.length ? `Comma-separated: ${competencies.map((c) => c.id).join(', ')}` : undefined;
}

interface EntryFieldsProps {
  draft: EntryDraft;
  onChange: (draft: EntryDraft) => void;
  error: ApiError | null;
  /** Quick add shows the essentials; editing shows everything. */
  full?: boolean;
  competencyHint?: string;
}

export function EntryFields({ draft, onChange, error, full = false, competencyHint }: EntryFieldsProps) {
  const set =
    <K extends keyof EntryDraft>(key: K) =>
    (value: EntryDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const text = (key: keyof EntryDraft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value as never),
  });
  return (
    <div className="form-grid">
      <Field label="What did you do?" problem={error?.forField('title')}>
        <input {...text('title')} maxLength={200} required autoComplete="off" />
      </Field>
      <Field
        label="Impact"
        hint="What changed because of it; numbers help"
        problem={error?.forField('impact')}
      >
        <input {...text('impact')} autoComplete="off" />
      </Field>
      <Field label="Date" problem={error?.forField('date')}>
        <input type="date" {...text('date')} required />
      </Field>
      <Field label="Kind" problem={error?.forField('kind')}>
        <select value={draft.kind} onChange={(e) => set('kind')(e.target.value as EntryDraft['kind'])}>
          {entryKindValues.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </Field>
      <Field
        label="Competencies"
        hint={competencyHint ?? 'Comma-separated ids, e.g. ownership, impact'}
        problem={error?.forField('competencies')}
      >
        <input {...text('competencies')} autoComplete="off" />
      </Field>
      {full && (
        <>
          <Field label="Scope" problem={error?.forField('scope')}>
            <select value={draft.scope} onChange={(e) => set('scope')(e.target.value as EntryDraft['scope'])}>
              {entryScopeValues.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </Field>
          <Field label="Details" problem={error?.forField('details')}>
            <textarea {...text('details')} rows={4} />
          </Field>
          <Field label="Project" problem={error?.forField('project')}>
            <input {...text('project')} autoComplete="off" />
          </Field>
          <Field
            label="Tags"
            hint="Comma-separated, in your words: Perf Work is kept as perf-work"
            problem={error?.forField('tags')}
          >
            <input {...text('tags')} autoComplete="off" />
          </Field>
          <Field label="People helped" hint="Comma-separated names" problem={error?.forField('peopleHelped')}>
            <input {...text('peopleHelped')} autoComplete="off" />
          </Field>
          <Field label="Worked with" hint="Comma-separated names" problem={error?.forField('collaborators')}>
            <input {...text('collaborators')} autoComplete="off" />
          </Field>
          <Field label="Links" hint="Comma-separated http(s) URLs" problem={error?.forField('links')}>
            <input {...text('links')} autoComplete="off" />
          </Field>
          <Field label="Who may see it" problem={error?.forField('visibility')}>
            <select
              value={draft.visibility}
              onChange={(e) => set('visibility')(e.target.value as EntryDraft['visibility'])}
            >
              {entryVisibilityValues.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </Field>
        </>
      )}
    </div>
  );
}
