// 1:1s: where the promotion conversation stands (findings from mistakes to fine), vague feedback
// highlighted with the questions that would make it actionable, recording a conversation, and the history.
import type { Schemas } from '../api/client';
import { useConversationStatus, useConversations, useProfile } from '../api/queries';
import { ConversationForm } from '../components/conversation-form';
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

function ConversationItem({ conversation: c }: { conversation: Schemas['ConversationWithAnalysis'] }) {
  return (
    <li className="card conversation">
      <h3>
        {formatDate(c.date)}, {c.with} <span className="label">{c.type}</span>
      </h3>
      {c.notes && <p>{c.notes}</p>}
      {c.feedback.length > 0 && (
        <ul className="feedback-list">
          {c.feedback.map((statement, i) => {
            const analysis = c.feedbackAnalysis[i];
            const actionable = analysis?.actionable ?? true;
            return (
              <li key={statement}>
                {actionable ? <q>{statement}</q> : <mark>“{statement}”</mark>}{' '}
                <span className={`label label-${actionable ? 'actionable' : 'vague'}`}>
                  {actionable ? 'actionable' : 'vague'}
                </span>
                {!actionable && analysis && analysis.followUpQuestions.length > 0 && (
                  <details>
                    <summary>Follow-up questions</summary>
                    <ul>
                      {analysis.followUpQuestions.map((q) => (
                        <li key={q}>{q}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {c.criteria.length > 0 && <p>Criteria agreed: {c.criteria.join(' ')}</p>}
      {c.goalStated && <p className="hint">You stated your promotion goal.</p>}
    </li>
  );
}

export function ConversationsPage() {
  const profile = useProfile();
  const conversations = useConversations();
  const live = conversations.data?.filter((c) => !c.deletedAt) ?? [];
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
        {conversations.isPending && <Loading what="your conversations" />}
        <ErrorNotice error={conversations.error} title="Could not load your conversations." />
        {conversations.data && live.length === 0 && <Empty>No conversation recorded yet.</Empty>}
        {live.length > 0 && (
          <ul className="conversation-list">
            {[...live]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((c) => (
                <ConversationItem key={c.id} conversation={c} />
              ))}
          </ul>
        )}
      </section>
    </section>
  );
}
