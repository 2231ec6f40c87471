// Editing a goal in place: every field, with the server's problems beside them; the changes are a draft
// (kept across a failed save or a closed tab) until the server has them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../api/client';
import { analysisChanged, useProfileCompetencies } from '../api/queries';
import { useDraft } from '../lib/use-draft';
import { competencyHint } from './entry-form';
import { draftOfGoal, GoalFields, inputOf } from './goal-form';
import { ResumedDraft } from './resumed-draft';
import { ErrorNotice } from './states';

export function GoalEditor({ goal, onDone }: { goal: Schemas['ReviewedGoal']; onDone: () => void }) {
  const client = useQueryClient();
  const competencies = useProfileCompetencies();
  const draftKey = `edit-goal-${goal.id}`;
  const [draft, setDraft, clearDraft] = useDraft(draftKey, draftOfGoal(goal));
  const save = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/v1/goals/{id}', { params: { path: { id: goal.id } }, body: inputOf(draft) })),
    onSuccess: async () => {
      clearDraft();
      await analysisChanged(client);
      onDone();
    },
  });
  return (
    <form
      className="editor"
      aria-label={`Edit “${goal.title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ResumedDraft draftKey={draftKey} />
      <ErrorNotice error={save.error} title="Not saved; your changes are kept." />
      <GoalFields
        draft={draft}
        onChange={setDraft}
        error={save.error}
        competencyHint={competencyHint(competencies)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          onClick={() => {
            clearDraft();
            onDone();
          }}
        >
          Discard changes
        </button>
      </div>
    </form>
  );
}
