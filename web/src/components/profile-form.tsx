// The profile as a form: onboarding sets it up, settings changes it; both save the whole profile (PUT).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile, Schemas } from '../api/client';
import { api, call } from '../api/client';
import { keys, useCompanies, useFrameworks } from '../api/queries';
import { companyIdValues, profileCurrentLevelValues, profileReviewCadenceValues } from '../api/schema';
import { useDraft } from '../lib/use-draft';
import { Field } from './field';
import { ErrorNotice, Saved } from './states';

type ProfileDraft = {
  name: string;
  company: Profile['company'];
  framework: string;
  currentLevel: Profile['currentLevel'];
  targetLevel: Profile['targetLevel'];
  managerName: string;
  reviewCadence: Profile['reviewCadence'];
  nextCalibration: string;
};

const BLANK: ProfileDraft = {
  name: '',
  company: 'generic',
  framework: 'promocase',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: '',
  reviewCadence: 'half-yearly',
  nextCalibration: '',
};

const draftOf = (p: Profile): ProfileDraft => ({
  name: p.name,
  company: p.company,
  framework: p.framework,
  currentLevel: p.currentLevel,
  targetLevel: p.targetLevel,
  managerName: p.managerName ?? '',
  reviewCadence: p.reviewCadence,
  nextCalibration: p.nextCalibration ?? '',
});

const inputOf = (d: ProfileDraft): Schemas['SaveProfileInput'] => ({
  name: d.name,
  company: d.company,
  framework: d.framework,
  currentLevel: d.currentLevel,
  targetLevel: d.targetLevel,
  managerName: d.managerName.trim() || null,
  reviewCadence: d.reviewCadence,
  nextCalibration: d.nextCalibration || null,
});

interface ProfileFormProps {
  profile?: Profile;
  submitLabel: string;
  onSaved?: (profile: Profile) => void;
}

const LEVEL_LABELS = { currentLevel: 'Current level', targetLevel: 'Target level' } as const;

export function ProfileForm({ profile, submitLabel, onSaved }: ProfileFormProps) {
  const client = useQueryClient();
  const companies = useCompanies();
  const frameworks = useFrameworks();
  // Settings starts from the stored profile; onboarding from a draft left by an earlier try, if any.
  const [draft, setDraft, clearDraft] = useDraft(
    profile ? 'profile-edit' : 'onboarding',
    profile ? draftOf(profile) : BLANK,
  );
  const save = useMutation({
    mutationFn: () => call(api.PUT('/api/v1/profile', { body: inputOf(draft) })),
    onSuccess: (saved) => {
      clearDraft(draftOf(saved));
      client.setQueryData(keys.profile, saved);
      onSaved?.(saved);
    },
  });
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft({ ...draft, [key]: value });
  const company = companies.data?.find((c) => c.id === draft.company);
  const levelLabel = (level: string) => {
    const names = company?.levels.filter((l) => l.ladderLevel === level).map((l) => l.name) ?? [];
    return names.length && company?.id !== 'generic' ? `${level} (${names.join(', ')})` : level;
  };
  const problem = (field: string) => save.error?.forField(field);

  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorNotice error={save.error} title="Not saved; your answers are kept." />
      {save.isSuccess && <Saved>Profile saved.</Saved>}
      <div className="form-grid">
        <Field label="Your name" problem={problem('name')}>
          <input
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            required
            autoComplete="name"
          />
        </Field>
        <Field label="Company" hint="Its level names and promotion process" problem={problem('company')}>
          <select
            value={draft.company}
            onChange={(e) => set('company', e.target.value as ProfileDraft['company'])}
          >
            {companyIdValues.map((id) => (
              <option key={id} value={id}>
                {companies.data?.find((c) => c.id === id)?.name ?? id}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Career framework"
          hint={
            profile
              ? 'What ratings and goals are measured against'
              : 'Import your company’s own later, on the Framework page'
          }
          problem={problem('framework')}
        >
          <select value={draft.framework} onChange={(e) => set('framework', e.target.value)}>
            {/* The chosen one stays listed while the list loads, or if it was removed since. */}
            {!frameworks.data?.some((f) => f.id === draft.framework) && (
              <option value={draft.framework}>{draft.framework}</option>
            )}
            {frameworks.data?.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
        {(['currentLevel', 'targetLevel'] as const).map((key) => (
          <Field key={key} label={LEVEL_LABELS[key]} problem={problem(key)}>
            <select value={draft[key]} onChange={(e) => set(key, e.target.value as ProfileDraft[typeof key])}>
              {profileCurrentLevelValues.map((l) => (
                <option key={l} value={l}>
                  {levelLabel(l)}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <Field label="Manager" hint="Who argues your case in calibration" problem={problem('managerName')}>
          <input value={draft.managerName} onChange={(e) => set('managerName', e.target.value)} />
        </Field>
        <Field label="Review cadence" problem={problem('reviewCadence')}>
          <select
            value={draft.reviewCadence}
            onChange={(e) => set('reviewCadence', e.target.value as ProfileDraft['reviewCadence'])}
          >
            {profileReviewCadenceValues.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
        <Field
          label="Next calibration"
          hint="Leave empty if you do not know yet"
          problem={problem('nextCalibration')}
        >
          <input
            type="date"
            value={draft.nextCalibration}
            onChange={(e) => set('nextCalibration', e.target.value)}
          />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
