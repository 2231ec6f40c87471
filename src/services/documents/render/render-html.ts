/**
 * Self-contained HTML: one file, inline CSS with print styling, no script and no external asset (a
 * Content-Security-Policy says so to the browser too); every piece of text is escaped.
 */
import type { Block, Inline, PromoDocument } from '../../../core/documents/document-model.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Only http(s) links become links: anything else (javascript:, data:) is shown as text. */
function safeHref(link: string): string | null {
  return /^https?:\/\//i.test(link) && URL.canParse(link) ? escapeHtml(link) : null;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1a1a1a;
  line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font-size: 11pt; }
h1 { font-size: 1.6rem; margin-bottom: .5rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; color: #444; font-size: .9rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
blockquote { margin: .8rem 0; padding-left: 1rem; border-left: 3px solid #bbb; color: #333; }
.cite { color: #555; font-size: .85em; white-space: nowrap; }
.cite a { color: inherit; }
mark.gap { background: #fff3b0; border: 1px dashed #b38f00; padding: 0 .2rem; }
mark.gap .why { font-style: italic; color: #5c4a00; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  tr, li, blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark.gap { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function renderInlines(runs: readonly Inline[]): string {
  let out = '';
  for (const run of runs) {
    switch (run.type) {
      case 'text':
        out += escapeHtml(run.text);
        break;
      case 'strong':
        out += `<strong>${escapeHtml(run.text)}</strong>`;
        break;
      case 'emphasis':
        out += `<em>${escapeHtml(run.text)}</em>`;
        break;
      case 'citation': {
        const href = run.link ? safeHref(run.link) : null;
        const date = escapeHtml(run.date);
        out += ` <span class="cite" data-entry="${escapeHtml(run.entryId)}">(${href ? `<a href="${href}">${date}</a>` : date})</span>`;
        break;
      }
      case 'gap':
        out += ` <mark class="gap"><strong>To fill:</strong> ${escapeHtml(run.what)} <span class="why">(${escapeHtml(run.why)})</span></mark>`;
        break;
    }
  }
  return out.trim();
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${renderInlines(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${renderInlines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = block.header.some((h) => h !== '')
        ? `<thead><tr>${block.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`
        : '';
      const rows = block.rows.map(
        (cells) => `<tr>${cells.map((c) => `<td>${renderInlines(c)}</td>`).join('')}</tr>`,
      );
      return `<table>${head}<tbody>${rows.join('')}</tbody></table>`;
    }
    case 'quote':
      return `<blockquote><p>${renderInlines(block.content)}</p>${block.attribution ? `<footer>${escapeHtml(block.attribution)}</footer>` : ''}</blockquote>`;
  }
}

export function renderHtml(doc: PromoDocument): string {
  const meta = doc.metadata
    .map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`)
    .join('');
  const sections = doc.sections.map(
    (s) =>
      `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.blocks.map(renderBlock).join('\n')}\n</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="promocase">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(doc.title)}</h1>
<dl class="meta">${meta}</dl>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
