/** What every document builder reads: the profile, the framework, the chosen evidence and the date. */
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { ProfileFields } from '../profile/profile.js';
import type { CaseAssessment } from '../readiness/assess-case.js';
import type { PeopleLoop } from './people-loop.js';
import type { EvidenceChoice } from './select-evidence.js';

export interface DocumentInputs {
  profile: ProfileFields;
  framework: FrameworkDocument;
  /** The entries allowed in (and the selection that allowed them). */
  choice: EvidenceChoice;
  /** Today, `YYYY-MM-DD`: core reads no clock. */
  asOf: string;
  /** Written into the metadata, e.g. `promocase 0.1.0`. */
  generator: string;
  /** The profile's current and target levels as levels of `framework` (imported frameworks have their own ids). */
  levels: { current: string; target: string };
  /** Ratings, criteria, goals, manager changes and peer feedback (the people loop). */
  people: PeopleLoop;
  /** The readiness analysis of the selected entries; loaded only for the types that read it (brief). */
  readiness: CaseAssessment | null;
}
