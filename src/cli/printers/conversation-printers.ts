/** Conversations, vague feedback with its follow-up questions, the promotion-talk status, manager changes. */
import type { ConversationStatus } from '../../core/people/conversation-status.js';
import type { ManagerChange } from '../../core/people/manager-change.js';
import type { ConversationView } from '../../services/conversations/read-conversations.js';
import { shortId } from './entry-printers.js';
import { renderTable, truncate } from './table.js';

export function renderConversationList(list: readonly ConversationView[]): string {
  if (list.length === 0) return 'No conversations yet: record one with `promocase 1on1 add`.\n';
  const rows = [...list]
    .reverse()
    .map((c) => [
      shortId(c.id),
      c.date,
      c.type,
      c.with,
      `${c.feedbackAnalysis.filter((a) => !a.actionable).length}/${c.feedback.length} vague`,
      `${c.criteria.length} criteri${c.criteria.length === 1 ? 'on' : 'a'}${c.deletedAt ? ' (deleted)' : ''}`,
    ]);
  return renderTable(['id', 'date', 'type', 'with', 'feedback', 'criteria'], rows);
}

export function renderConversation(c: ConversationView): string {
  const out = [`${c.date}  ${c.type} conversation with ${c.with}${c.goalStated ? '  (goal stated)' : ''}`];
  if (c.deletedAt) out.push(`Deleted: restore it with \`promocase 1on1 restore ${shortId(c.id)}\`.`);
  if (c.notes) out.push('', c.notes);
  c.feedback.forEach((statement, i) => {
    const a = c.feedbackAnalysis[i]!;
    out.push('', `${a.actionable ? 'Actionable' : 'Vague'}: "${statement}"`);
    for (const r of a.reasons) out.push(`  - ${r}`);
    if (!a.actionable && a.followUpQuestions.length) {
      out.push('  Ask:');
      for (const q of a.followUpQuestions) out.push(`  ? ${q}`);
    }
  });
  if (c.criteria.length) out.push('', 'Criteria agreed in writing:', ...c.criteria.map((x) => `  - ${x}`));
  if (c.nextCheckIn) out.push('', `Next check-in: ${c.nextCheckIn}`);
  return `${out.join('\n')}\n`;
}

const MARK = { mistake: 'MISTAKE', 'red-flag': 'RED FLAG', warning: 'WARNING', ok: 'ok' } as const;

export function renderConversationStatus(s: ConversationStatus): string {
  const out = ['The promotion conversation'];
  for (const f of s.findings) {
    out.push(`  ${MARK[f.severity].padEnd(8)} ${f.message}`);
    if (f.action) out.push(`           -> ${f.action}`);
  }
  if (s.criteria)
    out.push('', `Written criteria (${s.criteria.on}):`, ...s.criteria.items.map((c) => `  - ${c}`));
  if (s.vagueFeedback.length) {
    out.push('', 'Vague feedback, and what to ask next time:');
    for (const v of s.vagueFeedback.slice(-5)) {
      out.push(`  ${v.date}: "${truncate(v.statement, 90)}"`);
      for (const q of v.followUpQuestions.slice(0, 2)) out.push(`    ? ${q}`);
    }
  }
  if (s.nextCheckIn) out.push('', `Next check-in: ${s.nextCheckIn}`);
  return `${out.join('\n')}\n`;
}

export function renderManagerChanges(changes: readonly ManagerChange[]): string {
  if (changes.length === 0) return 'No manager changes recorded.\n';
  return renderTable(
    ['id', 'date', 'from', 'to', 'note'],
    changes.map((c) => [
      shortId(c.id),
      c.date,
      c.previous ?? '-',
      c.name + (c.deletedAt ? ' (deleted)' : ''),
      truncate(c.note, 60),
    ]),
  );
}
