// Documents: choose one of the nine documents and what goes in, see the dry run and the gaps, read the
// document in the page as it is built, and download it in every format.
import { useDeferredValue, useRef, useState } from 'react';
import { Link } from 'wouter';
import {
  type DocumentChoice,
  type DocumentType,
  type DocumentEvidence as Evidence,
  queryOf,
  useDocumentEvidence,
  useDocumentModel,
} from '../api/documents';
import { DocumentDownloads } from '../components/document-downloads';
import { DocumentEvidence } from '../components/document-evidence';
import { DocumentGaps } from '../components/document-gaps';
import { DocumentPreview } from '../components/document-preview';
import { DocumentSelection } from '../components/document-selection';
import { DocumentTypePicker } from '../components/document-type-picker';
import { DocumentWordLimit } from '../components/document-word-limit';
import { Empty, ErrorNotice, Loading } from '../components/states';
import { useDraft } from '../lib/use-draft';
import './documents-page.css';

const FIRST_CHOICE: DocumentChoice = {
  type: 'case',
  visibility: '',
  since: '',
  until: '',
  projects: [],
  wordLimit: '',
};

/**
 * The last dry run of this type that the server accepted: while a selection is refused, the form still
 * shows the projects to untick and the dates the type starts from.
 */
function useLastAccepted(type: DocumentType, evidence: Evidence | undefined) {
  // Idempotent within a render: it only ever remembers the newest accepted answer.
  const last = useRef<Evidence | undefined>(undefined);
  if (evidence) last.current = evidence;
  return last.current?.type === type ? last.current : undefined;
}

export function DocumentsPage() {
  // Kept like a draft, so a reload (or a visit to another page) comes back to the same document and selection.
  const [choice, setChoice] = useDraft('documents', FIRST_CHOICE);
  // Typing a word limit or a date stays responsive; the document follows a moment later.
  const chosen = useDeferredValue(choice);
  const query = queryOf(chosen);
  const evidence = useDocumentEvidence(chosen.type, query);
  const model = useDocumentModel(chosen.type, query);
  const accepted = useLastAccepted(chosen.type, evidence.data);
  const noEntries = evidence.data?.entries.length === 0;
  const refused = evidence.error ?? model.error;
  // The gap last chosen in the gap list: the preview draws it even where a long list is drawn in part.
  const [reveal, setReveal] = useState<number | null>(null);

  return (
    <section aria-labelledby="documents-title" className="page">
      <h1 id="documents-title">Documents</h1>
      <p className="lead">
        Every document is built from your entries and cites them; where a number or an outcome is missing it
        shows a marked gap instead of inventing one.
      </p>
      <DocumentTypePicker
        value={choice.type}
        onChange={(type) =>
          setChoice({ ...choice, type, wordLimit: type === 'meta' ? choice.wordLimit : '' })
        }
      />
      <div className="doc-layout">
        <div className="doc-controls">
          <DocumentSelection choice={choice} onChange={setChoice} evidence={accepted} error={refused} />
          <ErrorNotice
            error={refused}
            title={
              refused?.status === 400
                ? 'promocase cannot build this selection.'
                : 'promocase could not build the document.'
            }
          />
          {evidence.isPending && !evidence.error && <Loading what="the dry run" />}
          {evidence.data && <DocumentEvidence evidence={evidence.data} />}
          {model.data?.wordLimit && <DocumentWordLimit report={model.data.wordLimit} />}
          <DocumentDownloads type={chosen.type} query={query} ready={!refused && !evidence.isPending} />
          {model.data && !noEntries && <DocumentGaps doc={model.data} onShow={setReveal} />}
        </div>
        <div className="doc-output">
          {noEntries ? (
            <Empty>
              <p>
                <strong>No entries yet.</strong> A document is made of the work you logged: log your week on
                the <Link href="/log">Log page</Link> (or press Ctrl+K anywhere), then come back here.
              </p>
            </Empty>
          ) : (
            <>
              {evidence.data?.included === 0 && (
                <Empty>
                  None of your {evidence.data.entries.length} entries fits this selection, so the document
                  below has only its gaps. Widen the dates, choose every entry, or untick the projects.
                </Empty>
              )}
              {model.isPending && !model.error && <Loading what="the document" />}
              {model.data && (
                <>
                  <p className="hint doc-updating" role="status">
                    {model.isPlaceholderData ? 'Updating the preview…' : ''}
                  </p>
                  <DocumentPreview doc={model.data} updating={model.isPlaceholderData} reveal={reveal} />
                </>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
