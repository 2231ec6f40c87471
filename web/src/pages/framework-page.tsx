// Career frameworks: browse what each level expects per competency, diff two levels, download one,
// import your own; and the company profiles (level names, process) beside them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { api, call, type Schemas } from '../api/client';
import { keys, useFramework, useFrameworks, useLevelDiff } from '../api/queries';
import { CompanyProfile } from '../components/company-profile';
import { Field } from '../components/field';
import { FrameworkExport } from '../components/framework-export';
import { LevelOptions } from '../components/level-options';
import { Empty, ErrorNotice, Loading } from '../components/states';
import { useDraft } from '../lib/use-draft';

type Framework = Schemas['Framework'];

/** One of the framework's levels, by name. */
function LevelSelect({
  label,
  framework,
  value,
  onChange,
}: {
  label: string;
  framework: Framework;
  value: string;
  onChange: (level: string) => void;
}) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <LevelOptions levels={framework.levels} />
      </select>
    </Field>
  );
}

function LevelView({ framework }: { framework: Framework }) {
  const [level, setLevel] = useState(framework.seniorLevel);
  const cells = framework.cells.filter((c) => c.level === level);
  return (
    <section className="card" aria-labelledby="levels-title">
      <h2 id="levels-title">What each level expects</h2>
      <LevelSelect label="Level" framework={framework} value={level} onChange={setLevel} />
      <p>{framework.levels.find((l) => l.id === level)?.summary}</p>
      <dl className="competencies">
        {framework.competencies.map((c) => {
          const cell = cells.find((x) => x.competency === c.id);
          return (
            <div key={c.id}>
              <dt>
                {c.name} <code>{c.id}</code>
              </dt>
              <dd>
                {cell ? cell.expectation : <em>Nothing specific at this level.</em>}
                {cell && cell.signals.length > 0 && (
                  <ul>
                    {cell.signals.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function LevelDiff({ framework }: { framework: Framework }) {
  const ids = framework.levels.map((l) => l.id);
  const senior = ids.indexOf(framework.seniorLevel);
  const [from, setFrom] = useState(ids[Math.max(0, senior - 1)] ?? '');
  const [to, setTo] = useState(framework.seniorLevel);
  const diff = useLevelDiff(framework.id, from, to);
  return (
    <section className="card" aria-labelledby="diff-title">
      <h2 id="diff-title">What it takes to move up</h2>
      <div className="form-grid">
        <LevelSelect label="From level" framework={framework} value={from} onChange={setFrom} />
        <LevelSelect label="To level" framework={framework} value={to} onChange={setTo} />
      </div>
      {from === to && <p className="hint">Choose two different levels.</p>}
      {diff.isLoading && <Loading what="the difference" />}
      <ErrorNotice error={diff.error} />
      {diff.data && (
        <dl className="competencies">
          {diff.data.competencies.map((c) => (
            <div key={c.competency.id}>
              <dt>{c.competency.name}</dt>
              <dd>
                {c.steps.length === 0 && <em>No new expectation.</em>}
                {c.steps.map((s) => (
                  <p key={s.level.id}>
                    <strong>{s.level.name}:</strong> {s.cell?.expectation ?? 'nothing new'}
                  </p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** What an import stored, and on a re-import what changed for the entries already tagged. */
function ImportSummary({ report }: { report: Schemas['FrameworkImportReport'] }) {
  return (
    <div className="notice notice-ok" role="status">
      <p>
        {report.status === 'updated' ? 'Updated' : 'Imported'} {report.framework.name}: {report.levels}{' '}
        levels, {report.competencies} competencies.
      </p>
      {report.added.length > 0 && <p>New competencies: {report.added.join(', ')}.</p>}
      {report.removed.length > 0 && <p>No longer in the framework: {report.removed.join(', ')}.</p>}
      {report.mapped.map((m) => (
        <p key={m.from}>
          {m.entries} entries re-tagged from {m.from} to {m.to}.
        </p>
      ))}
      {report.flagged.map((f) => (
        <p key={f.competency}>
          {f.entries} entries are still tagged {f.competency}
          {f.likelyRename ? ` (renamed to ${f.likelyRename}?)` : ''}: they are kept; re-tag them on the
          Entries page, or with <code>promocase framework import --map {f.competency}=NEW</code>.
        </p>
      ))}
    </div>
  );
}

/** The problems found in the file itself (each names its place and line), to show at the text box. */
function fileProblems(error: ApiError | null): string | undefined {
  const inFile = error?.details.filter(
    (d) => !['seniorLevel', 'fileName', 'text'].includes(d.path.split(/[.[]/)[0] ?? ''),
  );
  if (!inFile?.length) return error?.forField('text');
  return inFile.map((d) => `${d.path}: ${d.message}`).join('; ');
}

function ImportFramework({ onImported }: { onImported: (id: string) => void }) {
  const client = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft('framework-import', {
    fileName: '',
    text: '',
    seniorLevel: '',
  });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/frameworks/import', {
          body: {
            fileName: draft.fileName || 'framework.yaml',
            text: draft.text,
            ...(draft.seniorLevel.trim() ? { seniorLevel: draft.seniorLevel.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (report) => {
      clearDraft();
      await client.invalidateQueries({ queryKey: keys.frameworks });
      await client.invalidateQueries({ queryKey: keys.framework(report.framework.id) });
      onImported(report.framework.id);
    },
  });
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import a framework</h2>
      <p className="hint">
        promocase YAML or JSON, the Financial Times engineering-progression YAML, or a Monzo progression
        Markdown file. Problems are listed with their place in the file.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Field label="File">
          <input
            type="file"
            accept=".yaml,.yml,.json,.md,.markdown"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setDraft({ ...draft, fileName: file.name, text: await file.text() });
            }}
          />
        </Field>
        <Field
          label="Or paste it"
          hint={draft.fileName ? `From ${draft.fileName}` : undefined}
          problem={fileProblems(save.error)}
        >
          <textarea
            rows={8}
            value={draft.text}
            spellCheck={false}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </Field>
        <Field
          label="Senior level"
          hint="Id or 1-based number, when the file does not say"
          problem={save.error?.forField('seniorLevel')}
        >
          <input
            value={draft.seniorLevel}
            onChange={(e) => setDraft({ ...draft, seniorLevel: e.target.value })}
          />
        </Field>
        <ErrorNotice error={save.error} title="Not imported; nothing was stored." />
        {save.isSuccess && <ImportSummary report={save.data} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending || !draft.text.trim()}>
            {save.isPending ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </section>
  );
}

export function FrameworkPage() {
  const frameworks = useFrameworks();
  const [chosen, setChosen] = useState<string | undefined>();
  useEffect(() => {
    if (!chosen && frameworks.data?.[0]) setChosen(frameworks.data[0].id);
  }, [chosen, frameworks.data]);
  const framework = useFramework(chosen);

  return (
    <section aria-labelledby="framework-title" className="page">
      <h1 id="framework-title">Framework</h1>
      {frameworks.isPending && <Loading what="frameworks" />}
      <ErrorNotice error={frameworks.error} />
      {frameworks.data && frameworks.data.length === 0 && <Empty>No framework yet.</Empty>}
      {frameworks.data && frameworks.data.length > 0 && (
        <div className="card">
          <Field label="Framework">
            <select value={chosen ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {frameworks.data.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name} ({f.levels} levels, {f.competencies} competencies{f.builtin ? ', built in' : ''})
                </option>
              ))}
            </select>
          </Field>
          {framework.data?.description && <p>{framework.data.description}</p>}
          {framework.data && <FrameworkExport id={framework.data.id} name={framework.data.name} />}
        </div>
      )}
      {framework.isLoading && <Loading what="the framework" />}
      <ErrorNotice error={framework.error} />
      {framework.data && (
        <>
          <LevelView key={`levels-${framework.data.id}`} framework={framework.data} />
          <LevelDiff key={`diff-${framework.data.id}`} framework={framework.data} />
        </>
      )}
      <ImportFramework onImported={setChosen} />
      <CompanyProfile />
    </section>
  );
}
