// Quick add: one entry from anywhere in the app (Ctrl+K or ⌘K), in a modal dialog that keeps its draft.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call } from '../api/client';
import { entriesChanged, useProfileCompetencies } from '../api/queries';
import { todayIso } from '../lib/dates';
import { useDraft } from '../lib/use-draft';
import { competencyHint, EntryFields, emptyEntryDraft, inputOf } from './entry-form';
import { ErrorNotice, Saved } from './states';

/** Ctrl+K or ⌘K: a chord, so it works even while typing elsewhere and never fires by accident. */
export const isQuickAddKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';

export function useQuickAddShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isQuickAddKey(e)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

export function QuickAdd({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useQueryClient();
  const competencies = useProfileCompetencies();
  const [draft, setDraft, clearDraft] = useDraft('quick-add', emptyEntryDraft(todayIso()));
  const [savedTitle, setSavedTitle] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => call(api.POST('/api/v1/entries', { body: inputOf(draft) })),
    onSuccess: async (entry) => {
      setSavedTitle(entry.title);
      clearDraft();
      await entriesChanged(client);
    },
  });

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      setSavedTitle(null);
      save.reset();
      el.showModal();
    } else if (!open && el.open) el.close();
  }, [open, save.reset]);

  const close = useCallback(() => onClose(), [onClose]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="quick-add-title" onClose={close}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <h2 id="quick-add-title">Quick add</h2>
        <p className="hint">Saved in this browser as you type, until promocase has it.</p>
        {savedTitle && <Saved>Logged “{savedTitle}”. Add another, or close.</Saved>}
        <ErrorNotice error={save.error} title="Not saved; your text is kept." />
        <EntryFields
          draft={draft}
          onChange={setDraft}
          error={save.error}
          competencyHint={competencyHint(competencies)}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save entry'}
          </button>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
