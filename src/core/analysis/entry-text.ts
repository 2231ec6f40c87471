/** The text of an entry as the analysis reads it (kept apart from the engine so callers need not load it). */

/** Title, details and impact, one paragraph each. */
export function entryAnalysisText(entry: { title: string; details?: string; impact?: string }): string {
  return [entry.title, entry.details ?? '', entry.impact ?? '']
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}
