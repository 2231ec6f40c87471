// Settings: the profile, all data out (JSON to import again, Markdown to read) and back in, and where it lives.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { api, apiUrl, call } from '../api/client';
import { useAbout, useProfile } from '../api/queries';
import { ProfileForm } from '../components/profile-form';
import { ErrorNotice, Loading, Saved } from '../components/states';

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
      <label className="button" htmlFor="import-file">
        Import a promocase export…
      </label>
      <input
        id="import-file"
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) load.mutate(file);
          e.target.value = '';
        }}
      />
      {load.isPending && <Loading what="the import" />}
      <ErrorNotice error={load.error} title="Nothing was imported." />
      {report && (
        <Saved>
          Imported: {report.entries.created} new, {report.entries.updated} updated, {report.entries.unchanged}{' '}
          unchanged, {report.entries.keptNewer} kept because yours were newer; profile {report.profile}.
        </Saved>
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
