/** What every document builder reads: the profile, the framework, the chosen evidence and the date. */
import type { FrameworkDocument } from '../frameworks/framework.js';
import type { ProfileFields } from '../profile/profile.js';
import type { DocumentSection } from './document-model.js';
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
  /**
   * Sections the people loop contributes (manager's ratings, goals, 1:1 notes, peer feedback), built
   * where that data lives. The handoff places them after "Where I am going"; empty until it exists.
   */
  peopleLoop: DocumentSection[];
}
