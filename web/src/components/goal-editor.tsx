// Editing a goal in place: every field, with the server's problems beside them; the changes are a draft
// (kept across a failed save or a closed tab) until the server has them.
import { api, call, type Schemas } from '../api/client';
import { analysisChanged, useProfileCompetencies } from '../api/queries';
import { useDraftEditor } from '../lib/use-draft-editor';
import { EditorForm } from './editor-form';
import { competencyHint } from './entry-form';
import { draftOfGoal, GoalFields, inputOf } from './goal-form';

export function GoalEditor({ goal, onDone }: { goal: Schemas['ReviewedGoal']; onDone: () => void }) {
  const competencies = useProfileCompetencies();
  const draftKey = `edit-goal-${goal.id}`;
  const { draft, setDraft, save, discard } = useDraftEditor({
    draftKey,
    initial: draftOfGoal(goal),
    send: (draft) =>
      call(api.PATCH('/api/v1/goals/{id}', { params: { path: { id: goal.id } }, body: inputOf(draft) })),
    changed: analysisChanged,
    onDone,
  });
  return (
    <EditorForm name={`Edit “${goal.title}”`} save={save} draftKey={draftKey} onDiscard={discard}>
      <GoalFields
        draft={draft}
        onChange={setDraft}
        error={save.error}
        competencyHint={competencyHint(competencies)}
      />
    </EditorForm>
  );
}
