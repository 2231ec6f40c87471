// Settings: the profile, all data out (JSON to import again, Markdown to read) and back in, and where it lives.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { api, apiUrl, call, type Schemas } from '../api/client';
import { useAbout, useProfile } from '../api/queries';
import { ProfileForm } from '../components/profile-form';
import { ErrorNotice, Loading, Saved } from '../components/states';

type ImportReport = Schemas['ImportReport'];
type Counts = ImportReport['entries'];

/** `managerChanges` -> `Manager changes`. */
const humanize = (key: string) => {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What the import did, per kind of record: new, updated, unchanged, and kept because yours was newer. */
function ImportTable({ report }: { report: ImportReport }) {
  const rows: [string, Counts][] = [
    ['Entries', report.entries],
    ['Frameworks', report.frameworks],
    ...Object.entries(report.people).map(([key, counts]): [string, Counts] => [humanize(key), counts]),
  ];
  return (
    <table className="report">
      <caption className="visually-hidden">What the import did</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">New</th>
          <th scope="col">Updated</th>
          <th scope="col">Unchanged</th>
          <th scope="col">Yours kept (newer)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, c]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{c.created}</td>
            <td>{c.updated}</td>
            <td>{c.unchanged}</td>
            <td>{c.keptNewer}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportData() {
  const client = useQueryClient();
  const load = useMutation({
    mutationFn: async (file: File) => {
      let document: Record<string, unknown>;
      try {
        document = JSON.parse(await file.text()) as Record<string, unknown>;
      } catch {
        throw new ApiError(
          400,
          'invalid_input',
          `${file.name} is not JSON: choose a file from “Export (JSON)”`,
        );
      }
      return call(api.POST('/api/v1/import', { body: document as never }));
    },
    onSuccess: () => client.invalidateQueries(),
  });
  const report = load.data;
  return (
    <>
      {/* The input comes first so its keyboard focus can show on the label that looks like a button. */}
      <input
        id="import-file"
        className="visually-hidden file-button"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) load.mutate(file);
          e.target.value = '';
        }}
      />
      <label className="button" htmlFor="import-file">
        Import a promocase export…
      </label>
      {load.isPending && <Loading what="the import" />}
      <ErrorNotice error={load.error} title="Nothing was imported." />
      {report && (
        <>
          <Saved>Imported. Your profile: {report.profile}.</Saved>
          <ImportTable report={report} />
        </>
      )}
    </>
  );
}

export function SettingsPage() {
  const profile = useProfile();
  const about = useAbout();
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">Settings</h1>
      <h2>Profile</h2>
      {profile.data && <ProfileForm profile={profile.data} submitLabel="Save profile" />}

      <h2>Your data</h2>
      <div className="card">
        <p>
          An export holds everything: profile, entries (deleted ones too) and imported frameworks. Importing
          it again is safe: nothing is created twice and the later edit wins.
        </p>
        <div className="actions">
          <a className="button" href={apiUrl('/api/v1/export')} download>
            Export (JSON)
          </a>
          <a className="button" href={apiUrl('/api/v1/export?format=markdown')} download>
            Export the log (Markdown)
          </a>
          <ImportData />
        </div>
      </div>

      <h2>Where your data lives</h2>
      <div className="card">
        {about.isPending && <Loading what="where your data lives" />}
        <ErrorNotice error={about.error} />
        {about.data && (
          <dl className="facts">
            <dt>{about.data.database === 'sqlite' ? 'SQLite file' : 'PostgreSQL'}</dt>
            <dd>
              <code>{about.data.location}</code>
            </dd>
            <dt>Data</dt>
            <dd>{about.data.demo ? 'the demo sample (separate from your own)' : 'your own'}</dd>
            <dt>promocase</dt>
            <dd>version {about.data.version}; nothing leaves this machine</dd>
          </dl>
        )}
      </div>
    </section>
  );
}
