// Says so when an editor opens on changes left unsaved earlier (a failed save, a closed tab), so stored
// data never seems to have changed by itself.
import { useState } from 'react';
import { hasDraft } from '../lib/use-draft';

export function ResumedDraft({ draftKey }: { draftKey: string }) {
  const [resumed] = useState(() => hasDraft(draftKey));
  if (!resumed) return null;
  return (
    <p className="hint" role="note">
      These are the changes you left unsaved here; “Discard changes” goes back to what is saved.
    </p>
  );
}
