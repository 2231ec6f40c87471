/** Writes an entry in $EDITOR and saves it; whatever goes wrong, the text the person typed is kept as a draft. */

import { parseDateInput } from '../core/dates.js';
import type { Entry, EntryFields } from '../core/entries/entry.js';
import { DomainError } from '../core/errors.js';
import { keepDraft } from './drafts.js';
import { editText } from './editor.js';
import { parseEntryTemplate, renderEntryTemplate } from './entry-template.js';
import { UsageError } from './exit-codes.js';
import type { Session } from './session.js';

export async function saveEditedEntry(
  { config, io, services }: Session,
  start: EntryFields,
  save: (input: Record<string, unknown>) => Promise<Entry>,
): Promise<Entry> {
  const today = services.context.today();
  const edited = editText(renderEntryTemplate(start), io.env);
  if (!edited.ok) {
    throw new UsageError(
      `the editor (${edited.editor}) failed; your text is kept in ${keepDraft(config.home, edited.text)}`,
    );
  }
  try {
    const input = parseEntryTemplate(edited.text);
    // The Date line takes the same words as --date ("yesterday", "last friday").
    if (typeof input.date === 'string') input.date = parseDateInput(input.date, today, 'date');
    return await save(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const draft = keepDraft(config.home, edited.text);
    throw new DomainError(
      error.code,
      `${error.message}\nNothing was saved; your text is kept in ${draft}`,
      error.details,
    );
  }
}
