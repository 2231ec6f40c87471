/** Everything the readiness analysis reads, gathered by the service: pure data, with `today` as the clock. */
import type { EntryAnalysis } from '../analysis/analyze-entry.js';
import type { PeerFeedbackAnalysis } from '../analysis/analyze-feedback.js';
import type { Entry } from '../entries/entry.js';
import type { CompanyProfile } from '../frameworks/company-profile.js';
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { Assessment } from '../people/assessment.js';
import type { ConversationStatus } from '../people/conversation-status.js';
import type { Goal } from '../people/goal.js';
import type { PeerFeedback } from '../people/peer-feedback.js';
import type { Profile } from '../profile/profile.js';
import type { TextCues } from './text-cues.js';

/** What the text analysis said about an entry, as far as readiness needs it. */
export type EntryQuality = Pick<EntryAnalysis, 'specificity' | 'metric' | 'competencies'> & TextCues;

export interface CaseInput {
  today: string;
  profile: Profile;
  framework: FrameworkDocument;
  /** The profile's target as a level of `framework`. */
  targetLevel: string;
  company: CompanyProfile;
  /** Live entries only. */
  entries: readonly Entry[];
  quality: ReadonlyMap<string, EntryQuality>;
  assessments: readonly Assessment[];
  goals: readonly Goal[];
  peerFeedback: ReadonlyArray<PeerFeedback & { analysis: PeerFeedbackAnalysis }>;
  conversations: ConversationStatus;
}
