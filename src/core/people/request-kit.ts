/** The peer feedback request kit: whom to ask (from collaborators in the log) and a request text for each. */
import type { Entry } from '../entries/entry.js';
import type { GapList } from './gap-list.js';
import type { PeerFeedback } from './peer-feedback.js';

export interface FeedbackRequest {
  peer: string;
  /** The weak competencies their shared work can speak to. */
  competencies: Array<{ id: string; name: string }>;
  /** The work done together, most relevant first. */
  sharedWork: Array<{ entryId: string; date: string; title: string; links: string[] }>;
  /** When this peer last gave feedback that was recorded, if ever. */
  lastFeedback: string | null;
  /** Why this person. */
  why: string;
  /** Ready to send, written for the engineer to adjust: nothing is sent by promocase. */
  message: string;
}

export interface RequestKit {
  /** The competencies the requests aim at: the furthest gaps first. */
  focus: Array<{ id: string; name: string }>;
  requests: FeedbackRequest[];
  /** Said when the log names too few collaborators to cover the focus. */
  notes: string[];
}

const FOCUS_SIZE = 3;
const SHARED_WORK_SHOWN = 4;

/**
 * Picks up to `limit` collaborators whose shared work in the log covers the weakest competencies best
 * (recent work counts more); people who gave feedback in the last six months come last.
 */
export function buildRequestKit(input: {
  gapList: GapList;
  entries: readonly Entry[];
  feedback: readonly PeerFeedback[];
  today: string;
  engineerName: string;
  /** Left out: the manager's view reaches the committee through the manager, not as peer feedback. */
  managerName?: string | null;
  limit?: number;
}): RequestKit {
  const limit = input.limit ?? 6;
  const focus = [...input.gapList.gaps, ...input.gapList.unrated]
    .slice(0, FOCUS_SIZE)
    .map((g) => g.competency);
  const focusIds = new Set(focus.map((c) => c.id));
  const byPeer = new Map<string, Entry[]>();
  for (const e of input.entries) {
    if (e.deletedAt !== null) continue;
    for (const name of e.collaborators) {
      const key = name.trim();
      const lower = key.toLowerCase();
      if (
        key === '' ||
        lower === input.engineerName.toLowerCase() ||
        lower === input.managerName?.toLowerCase()
      )
        continue;
      const shared = byPeer.get(key);
      if (shared) shared.push(e);
      else byPeer.set(key, [e]);
    }
  }
  const lastFeedback = new Map<string, string>();
  for (const f of input.feedback) {
    if (f.deletedAt !== null) continue;
    const key = f.from.toLowerCase();
    if ((lastFeedback.get(key) ?? '') < f.date) lastFeedback.set(key, f.date);
  }
  const recentCutoff = shiftMonths(input.today, -6);
  const ranked = [...byPeer.entries()]
    .map(([peer, shared]) => {
      const relevance = (e: Entry) =>
        e.competencies.filter((c) => focusIds.has(c)).length * 2 +
        (e.date >= recentCutoff ? 1 : 0) +
        (e.scope === 'individual' ? 0 : 1);
      const sorted = [...shared].sort((a, b) => relevance(b) - relevance(a) || b.date.localeCompare(a.date));
      const covered = focus.filter((c) => shared.some((e) => e.competencies.includes(c.id)));
      const last = lastFeedback.get(peer.toLowerCase()) ?? null;
      const askedRecently = last !== null && last >= recentCutoff;
      const score =
        sorted.reduce((s, e) => s + relevance(e), 0) + covered.length * 3 - (askedRecently ? 100 : 0);
      return { peer, sorted, covered, last, askedRecently, score };
    })
    .sort((a, b) => b.score - a.score || a.peer.localeCompare(b.peer))
    .slice(0, limit);

  const requests = ranked.map((r) => {
    const sharedWork = r.sorted.slice(0, SHARED_WORK_SHOWN).map((e) => ({
      entryId: e.id,
      date: e.date,
      title: e.title,
      links: e.links,
    }));
    const why = [
      `worked with you on ${r.sorted.length} logged item${r.sorted.length === 1 ? '' : 's'}`,
      r.covered.length
        ? `can speak to ${r.covered.map((c) => c.name).join(', ')}`
        : 'knows your work first-hand',
      r.askedRecently ? `already gave feedback on ${r.last}: ask others first` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      peer: r.peer,
      competencies: r.covered,
      sharedWork,
      lastFeedback: r.last,
      why,
      message: requestMessage(r.peer, input.engineerName, sharedWork, r.covered.length ? r.covered : focus),
    };
  });
  const notes: string[] = [];
  if (requests.length === 0) {
    notes.push(
      'No collaborators in your log yet: add the people you work with to your entries (--with) so promocase can suggest whom to ask.',
    );
  } else if (requests.length < 4) {
    notes.push(
      `Only ${requests.length} collaborator${requests.length === 1 ? '' : 's'} in your log: committees look for at least four voices (Amazon reportedly asks for four or more); think of partners outside your team.`,
    );
  }
  const uncovered = focus.filter((c) => !requests.some((q) => q.competencies.some((x) => x.id === c.id)));
  if (requests.length > 0 && uncovered.length) {
    notes.push(
      `No logged work with others shows ${uncovered.map((c) => c.name).join(', ')}: tag entries with these competencies, or ask someone who saw that work.`,
    );
  }
  return { focus, requests, notes };
}

function requestMessage(
  peer: string,
  engineer: string,
  work: FeedbackRequest['sharedWork'],
  competencies: ReadonlyArray<{ name: string }>,
): string {
  const first = peer.split(/\s+/)[0];
  const items = work.map((w) => `- ${w.title} (${w.date})${w.links.length ? `: ${w.links.join(' ')}` : ''}`);
  return [
    `Hi ${first},`,
    '',
    `I'm gathering feedback for my growth plan and would value yours. We worked together on:`,
    ...items,
    '',
    `I'm especially trying to grow in ${joinWords(competencies.map((c) => c.name.toLowerCase()))}, so anything you saw there helps most.`,
    '',
    'What helps me most is one or two concrete moments rather than a general impression:',
    '- Situation: when and where it was (the project, the meeting, the incident).',
    '- Behaviour: what I actually did or said that you saw.',
    '- Impact: what it changed for you, the team or the result.',
    'Something I should do differently is just as welcome as something that went well.',
    '',
    'Thank you!',
    engineer.split(/\s+/)[0],
  ].join('\n');
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? 'the areas you saw';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function shiftMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
