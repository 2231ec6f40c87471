// What goes into the document: which entries (shared or every one), the dates, the projects, and the
// self-review's word limit. Empty fields mean the type's default, shown in place from the dry run.
import type { ApiError } from '../api/api-error';
import { type DocumentChoice, type DocumentEvidence, hasWordLimit } from '../api/documents';
import { Field } from './field';

const VISIBILITY_LABELS = {
  manager: 'Only entries shared with my manager',
  private: 'Every entry, private ones too',
} as const;

/** The server explains the dates in the CLI's words ("--since you gave"); here they are the fields above. */
const basisInWords = (basis: string) =>
  basis
    .replace('--since you gave', 'the first day you gave')
    .replace('--until you gave', 'the last day you gave');

/** The projects to offer: those of the entries in the log, and any already chosen. */
function projectsOf(evidence: DocumentEvidence | undefined, chosen: string[]): string[] {
  const names = new Set(chosen);
  for (const entry of evidence?.entries ?? []) {
    if (entry.project && !entry.reasons.includes('deleted')) names.add(entry.project);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

export function DocumentSelection({
  choice,
  onChange,
  evidence,
  error,
}: {
  choice: DocumentChoice;
  onChange: (choice: DocumentChoice) => void;
  /** The dry run of the current choice: the defaults it resolved to and the entries' projects. */
  evidence: DocumentEvidence | undefined;
  error: ApiError | null;
}) {
  const set = (patch: Partial<DocumentChoice>) => onChange({ ...choice, ...patch });
  const shown = evidence?.selection;
  const projects = projectsOf(evidence, choice.projects);
  const toggleProject = (name: string, on: boolean) =>
    set({ projects: on ? [...choice.projects, name] : choice.projects.filter((p) => p !== name) });
  const customised = Boolean(
    choice.visibility || choice.since || choice.until || choice.projects.length || choice.wordLimit,
  );

  return (
    <form
      className="card doc-selection"
      aria-labelledby="doc-selection-title"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="doc-selection-title">What goes in</h2>
      <Field
        label="Entries"
        problem={error?.forField('visibility')}
        hint={
          !choice.visibility && shown
            ? `This document's default: ${VISIBILITY_LABELS[shown.visibility].toLowerCase()}`
            : undefined
        }
      >
        <select
          value={choice.visibility}
          onChange={(e) => set({ visibility: e.target.value as DocumentChoice['visibility'] })}
        >
          <option value="">This document's default</option>
          <option value="manager">{VISIBILITY_LABELS.manager}</option>
          <option value="private">{VISIBILITY_LABELS.private}</option>
        </select>
      </Field>
      <div className="row">
        <Field label="From" problem={error?.forField('since')}>
          <input
            type="date"
            value={choice.since || shown?.since || ''}
            onChange={(e) => set({ since: e.target.value })}
          />
        </Field>
        <Field label="To" problem={error?.forField('until')}>
          <input
            type="date"
            value={choice.until || shown?.until || ''}
            onChange={(e) => set({ until: e.target.value })}
          />
        </Field>
      </div>
      {shown && <p className="hint">Dates: {basisInWords(shown.basis)}.</p>}
      {hasWordLimit(choice.type) && (
        <Field
          label="Word limit"
          problem={error?.forField('wordLimit')}
          hint="50 to 20,000 words (default 1,000). Over it, the self-review cuts from its longest axis and says what."
        >
          <input
            type="number"
            inputMode="numeric"
            min={50}
            max={20000}
            step={50}
            placeholder="1000"
            value={choice.wordLimit}
            onChange={(e) => set({ wordLimit: e.target.value })}
          />
        </Field>
      )}
      <fieldset>
        <legend>Projects</legend>
        {projects.length === 0 ? (
          <p className="hint">No entry names a project yet, so every entry in the dates goes in.</p>
        ) : (
          <>
            <p className="hint">None ticked: every entry, with a project or without.</p>
            <ul className="doc-projects">
              {projects.map((name) => (
                <li key={name}>
                  <label>
                    <input
                      type="checkbox"
                      checked={choice.projects.includes(name)}
                      onChange={(e) => toggleProject(name, e.target.checked)}
                    />{' '}
                    {name}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {error?.forField('projects') && <p className="problem">{error.forField('projects')}</p>}
      </fieldset>
      {customised && (
        <button
          type="button"
          onClick={() =>
            onChange({ type: choice.type, visibility: '', since: '', until: '', projects: [], wordLimit: '' })
          }
        >
          Back to this document's defaults
        </button>
      )}
    </form>
  );
}
