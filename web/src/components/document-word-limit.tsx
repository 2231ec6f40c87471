// What the self-review cut to stay within its word limit, piece by piece, so the author can decide what
// to bring back (and what to shorten instead).
import type { DocumentJson } from '../api/documents';

type WordLimitReport = NonNullable<DocumentJson['wordLimit']>;

export function DocumentWordLimit({ report }: { report: WordLimitReport }) {
  return (
    <section className="card" aria-labelledby="doc-word-limit-title">
      <h2 id="doc-word-limit-title">Word limit</h2>
      <p>
        {report.wordsAfter} of {report.limit} words.{' '}
        {report.cut.length === 0
          ? `Nothing was cut: the review has ${report.wordsBefore} words.`
          : `To stay within it, ${report.cut.length} ${report.cut.length === 1 ? 'piece' : 'pieces'} (${
              report.wordsBefore - report.wordsAfter
            } words) came out, from the end of the longest axis first:`}
      </p>
      {report.cut.length > 0 && (
        <details>
          <summary>What was cut</summary>
          <ul className="doc-cut-list">
            {report.cut.map((piece, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the cut pieces are listed in the order they were cut
              <li key={i}>
                <span className="hint">
                  {piece.section}
                  {piece.under && ` › ${piece.under}`} ({piece.words} words)
                </span>{' '}
                {piece.excerpt}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
