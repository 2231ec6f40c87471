// The nine documents promocase writes, each with who reads it and when, chosen with radio buttons.
import type { DocumentType } from '../api/documents';

interface TypeInfo {
  type: DocumentType;
  name: string;
  /** Who reads it and when: what decides which one to build. */
  when: string;
}

export const DOCUMENT_TYPE_INFO: readonly TypeInfo[] = [
  {
    type: 'case',
    name: 'Promotion case',
    when: 'For your manager to argue from in calibration: the thesis, evidence per competency, objections answered. Start it a month before the cycle.',
  },
  {
    type: 'google',
    name: 'Promotion packet (Google style)',
    when: 'Read cold by a committee that has never met you, once your manager puts you forward.',
  },
  {
    type: 'amazon',
    name: 'Promotion document (Amazon style)',
    when: 'The narrative and STAR stories by Leadership Principle that your manager submits; draft it together before the review.',
  },
  {
    type: 'meta',
    name: 'Self-review (Meta style)',
    when: 'Your own review of the half, by axis and within the word limit, written when the review window opens.',
  },
  {
    type: 'microsoft',
    name: 'Connect (Microsoft style)',
    when: 'For the Connect conversation with your manager: impact in three circles, setbacks, goals for next time.',
  },
  {
    type: 'brief',
    name: "Manager's brief",
    when: 'Five minutes of reading for your manager just before calibration: the thesis, three best claims, the answers.',
  },
  {
    type: 'brag',
    name: 'Brag document',
    when: 'Your private running record, private entries included: for you, any week, and the quarry for every other document.',
  },
  {
    type: 'handoff',
    name: 'Handoff for a new manager',
    when: 'For a new manager in their first weeks: where you stand, where you are heading, the evidence so far.',
  },
  {
    type: 'summary',
    name: 'Period summary',
    when: 'What you did this quarter or half, to send your manager ahead of a review or a skip-level.',
  },
];

export function DocumentTypePicker({
  value,
  onChange,
}: {
  value: DocumentType;
  onChange: (type: DocumentType) => void;
}) {
  return (
    <fieldset className="doc-types">
      <legend>Document</legend>
      {DOCUMENT_TYPE_INFO.map((info) => (
        <label key={info.type} className={info.type === value ? 'doc-type doc-type-chosen' : 'doc-type'}>
          <input
            type="radio"
            name="document-type"
            value={info.type}
            checked={info.type === value}
            onChange={() => onChange(info.type)}
          />
          <span>
            <strong>{info.name}</strong>
            <small>{info.when}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
