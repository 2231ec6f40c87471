/** Peer feedback with its verdict, and the request kit, for people. */
import type { RequestKit } from '../../core/people/request-kit.js';
import type { PeerFeedbackView } from '../../services/feedback/read-peer-feedback.js';
import { shortId } from './entry-printers.js';
import { renderTable, truncate } from './table.js';

export function renderFeedbackList(list: readonly PeerFeedbackView[]): string {
  if (list.length === 0) return 'No peer feedback yet: see `promocase feedback request` for whom to ask.\n';
  const rows = [...list]
    .reverse()
    .map((f) => [
      shortId(f.id),
      f.date,
      f.from,
      f.relationship,
      `${f.analysis.specific ? 'specific' : 'generic'} (${f.analysis.score})${f.deletedAt ? ' (deleted)' : ''}`,
      truncate(f.text.replace(/\s+/g, ' '), 60),
    ]);
  const generic = list.filter((f) => !f.analysis.specific).length;
  const summary = generic
    ? `\n${generic} of ${list.length} read as generic: a committee discounts "smart, helpful" without an example.\n`
    : '';
  return renderTable(['id', 'date', 'from', 'relationship', 'verdict', 'text'], rows) + summary;
}

export function renderFeedback(f: PeerFeedbackView): string {
  const out = [
    `${f.date}  from ${f.from} (${f.relationship})${f.work ? `  on ${f.work}` : ''}`,
    ...(f.deletedAt ? [`Deleted: restore it with \`promocase feedback restore ${shortId(f.id)}\`.`] : []),
    '',
    f.text,
    '',
    `${f.analysis.specific ? 'Specific' : 'Generic'} (${f.analysis.score}/100):`,
    ...f.analysis.reasons.map((r) => `  - ${r}`),
  ];
  if (f.analysis.suggestions.length)
    out.push('To get more from it:', ...f.analysis.suggestions.map((s) => `  -> ${s}`));
  return `${out.join('\n')}\n`;
}

export function renderRequestKit(kit: RequestKit): string {
  const out = [`Focus: ${kit.focus.map((c) => c.name).join(', ') || '(no gaps rated yet)'}`];
  for (const n of kit.notes) out.push(`Note: ${n}`);
  for (const r of kit.requests) {
    out.push('', `== ${r.peer} ==`, `Why: ${r.why}`, '', r.message);
  }
  out.push('', 'promocase sends nothing: copy the text you want into your own message.');
  return `${out.join('\n')}\n`;
}
