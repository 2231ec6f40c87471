// 1:1s: where the promotion conversation stands (findings from mistakes to fine), vague feedback
// highlighted with the questions that would make it actionable, recording, editing, deleting and
// restoring conversations, and the manager history.
import { useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import {
  conversationsChanged,
  type Deleted,
  useConversationStatus,
  useConversations,
  useProfile,
} from '../api/queries';
import { ConversationForm } from '../components/conversation-form';
import { ConversationItem, conversationName } from '../components/conversation-item';
import { ManagerChanges } from '../components/manager-changes';
import { UndoDelete, useRecordDeletion } from '../components/record-deletion';
import { ShowDeleted } from '../components/show-deleted';
import { Empty, ErrorNotice, Loading } from '../components/states';
import { formatDate } from '../lib/dates';

const SEVERITY_LABELS = { mistake: 'mistake', 'red-flag': 'red flag', warning: 'warning', ok: 'ok' } as const;

function StatusCard() {
  const status = useConversationStatus();
  const s = status.data;
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">Where the promotion conversation stands</h2>
      {status.isPending && <Loading what="the status" />}
      <ErrorNotice error={status.error} title="Could not check the status." />
      {s && (
        <>
          <ul className="finding-list">
            {s.findings.map((f) => (
              <li key={f.code} className={`finding finding-${f.severity}`}>
                <span className={`label label-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span> {f.message}
                {f.action && <p>{f.action}</p>}
              </li>
            ))}
          </ul>
          {s.criteria && (
            <>
              <h3>Criteria in writing ({formatDate(s.criteria.on)})</h3>
              <ul>
                {s.criteria.items.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
          {s.nextCheckIn && <p>Next check-in: {formatDate(s.nextCheckIn)}.</p>}
          <p className="hint">
            {s.lastConversation
              ? `Last conversation ${formatDate(s.lastConversation.on)} with ${s.lastConversation.with} (${s.lastConversation.daysAgo} days ago). `
              : ''}
            {s.careerConversations} career {s.careerConversations === 1 ? 'conversation' : 'conversations'}
            {s.latestManagerChange
              ? `; manager changed to ${s.latestManagerChange.name} on ${formatDate(s.latestManagerChange.date)}.`
              : '.'}
          </p>
        </>
      )}
    </section>
  );
}

function VagueFeedbackCard() {
  const status = useConversationStatus();
  const vague = status.data?.vagueFeedback ?? [];
  if (!status.data) return null; // the status card shows loading and errors for both
  return (
    <section className="card" aria-labelledby="vague-title">
      <h2 id="vague-title">Vague feedback to follow up</h2>
      {vague.length === 0 ? (
        <Empty>No vague feedback recorded: everything you were told says what to do.</Empty>
      ) : (
        <>
          {status.data.vagueStreak > 1 && (
            <p className="problem">
              The last {status.data.vagueStreak} conversations gave only vague feedback.
            </p>
          )}
          <ul className="vague-list">
            {vague.map((v) => (
              <li key={`${v.conversationId}-${v.statement}`}>
                <mark>“{v.statement}”</mark> <span className="hint">({formatDate(v.date)})</span>
                <p>{v.reasons[0]}</p>
                <p>Ask next time:</p>
                <ul>
                  {v.followUpQuestions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ConversationsPage() {
  const profile = useProfile();
  const [deleted, setDeleted] = useState<Deleted>('exclude');
  const conversations = useConversations(deleted);
  const deletion = useRecordDeletion<Schemas['Conversation']>({
    remove: (id) => call(api.DELETE('/api/v1/conversations/{id}', { params: { path: { id } } })),
    restore: (id) => call(api.POST('/api/v1/conversations/{id}/restore', { params: { path: { id } } })),
    changed: conversationsChanged,
  });
  const shown = conversations.data ?? [];
  return (
    <section aria-labelledby="conversations-title" className="page">
      <h1 id="conversations-title">1:1s</h1>
      <p className="lead">
        Your conversations with your manager: whether the promotion has been asked for and put in writing, and
        which feedback is too vague to act on.
      </p>
      <StatusCard />
      <VagueFeedbackCard />
      <ConversationForm manager={profile.data?.managerName ?? ''} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">Conversations</h2>
        <ShowDeleted what="conversations" deleted={deleted} onChange={setDeleted} />
        <UndoDelete deletion={deletion} nameOf={conversationName} />
        {conversations.isPending && <Loading what="your conversations" />}
        <ErrorNotice error={conversations.error} title="Could not load your conversations." />
        {conversations.data && shown.length === 0 && <Empty>No conversation recorded yet.</Empty>}
        {shown.length > 0 && (
          <ul className="conversation-list">
            {[...shown]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((c) => (
                <ConversationItem key={c.id} conversation={c} deletion={deletion} />
              ))}
          </ul>
        )}
      </section>
      <ManagerChanges current={profile.data?.managerName ?? ''} />
    </section>
  );
}
