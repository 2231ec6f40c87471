// A form's state, for adding a record or editing one in place: the draft (kept until the server has it),
// the save that sends it and then refreshes what reads it, and discarding the draft.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useDraft } from './use-draft';

/**
 * A failed save keeps the draft (and `save.error` says why); a good one clears it, awaits `changed` and
 * calls `onDone` (an editor closes; an add form stays, showing `save.data`). `discard` drops the draft
 * and calls `onDone`.
 * @example
 * const { draft, setDraft, save, discard } = useDraftEditor({
 *   draftKey: `edit-goal-${goal.id}`, initial: draftOfGoal(goal), send: (d) => patchGoal(goal.id, d),
 *   changed: analysisChanged, onDone,
 * });
 */
export function useDraftEditor<D extends object, R = unknown>({
  draftKey,
  initial,
  send,
  changed,
  onDone = () => {},
}: {
  draftKey: string;
  initial: D;
  send: (draft: D) => Promise<R>;
  changed: (client: QueryClient) => Promise<void>;
  onDone?: () => void;
}) {
  const client = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft(draftKey, initial);
  const save = useMutation({
    mutationFn: () => send(draft),
    onSuccess: async () => {
      clearDraft();
      await changed(client);
      onDone();
    },
  });
  const discard = () => {
    clearDraft();
    onDone();
  };
  return { draft, setDraft, save, discard };
}
