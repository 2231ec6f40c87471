// Download links for every format of the document as chosen. Plain links: the browser sends the access
// cookie, streams the file to disk under the name the server gives it, and no copy sits in memory.
import {
  DOCUMENT_FORMATS,
  type DocumentFormat,
  type DocumentQuery,
  type DocumentType,
  documentDownloadUrl,
} from '../api/documents';

const FORMAT_LABELS: Record<DocumentFormat, { name: string; use: string }> = {
  pdf: { name: 'PDF', use: 'to print or hand over as it is' },
  docx: { name: 'Word (DOCX)', use: 'to edit in Word, LibreOffice or Google Docs' },
  md: { name: 'Markdown', use: 'to paste into a wiki or an email' },
  html: { name: 'HTML', use: 'one self-contained page' },
  json: { name: 'JSON', use: 'the document model, for scripts' },
};

export function DocumentDownloads({
  type,
  query,
  ready,
}: {
  type: DocumentType;
  query: DocumentQuery;
  /** False while the selection is refused: a link would only download the error. */
  ready: boolean;
}) {
  return (
    <section className="card" aria-labelledby="doc-downloads-title">
      <h2 id="doc-downloads-title">Download</h2>
      {ready ? (
        <ul className="doc-downloads">
          {DOCUMENT_FORMATS.map((format) => (
            <li key={format}>
              <a className="button" href={documentDownloadUrl(type, query, format)} download>
                {FORMAT_LABELS[format].name}
              </a>{' '}
              <span className="hint">{FORMAT_LABELS[format].use}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Fix the selection above to download the document.</p>
      )}
    </section>
  );
}
