/** Markdown: what people paste into a doc, a wiki or a message. Text is escaped so entries cannot inject markup. */
import type { Block, Inline, PromoDocument } from '../../../core/documents/document-model.js';

const NEEDS_ESCAPE = /[\r\n\u2028\u2029\\`*_[\]<>#|]/;

/** Backslash-escapes what Markdown would read as markup; line breaks become spaces (a run is one line). */
export function escapeMarkdown(value: string, inTable = false): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  const escaped = value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>#]/g, '\\$&');
  return inTable ? escaped.replace(/\|/g, '\\|') : escaped;
}

/** Emphasis markers must touch the text (`**a **` is not bold): spaces stay outside them. */
function wrap(marker: string, value: string): string {
  const inner = value.trim();
  if (inner === value) return value ? `${marker}${value}${marker}` : value;
  if (!inner) return value;
  const start = value.indexOf(inner);
  return `${value.slice(0, start)}${marker}${inner}${marker}${value.slice(start + inner.length)}`;
}

const WHITESPACE = /\s/;

const NOT_IN_LINK = /[<>\s]/;

/** A link inside <...>: the characters that would end it are percent-encoded. */
function linkTarget(link: string): string {
  return NOT_IN_LINK.test(link) ? link.replace(/[<>\s]/g, encodeURIComponent) : link;
}

function renderInlines(runs: readonly Inline[], inTable = false): string {
  let out = '';
  // Whether `out` ends in whitespace, tracked per piece: testing `out` itself flattens the growing string.
  let atSpace = true;
  for (const run of runs) {
    let piece: string;
    let spaced = false;
    switch (run.type) {
      case 'text':
        piece = escapeMarkdown(run.text, inTable);
        break;
      case 'strong':
        piece = wrap('**', escapeMarkdown(run.text, inTable));
        break;
      case 'emphasis':
        piece = wrap('*', escapeMarkdown(run.text, inTable));
        break;
      case 'citation':
        spaced = true;
        piece = run.link ? `([${run.date}](<${linkTarget(run.link)}>))` : `(${run.date})`;
        break;
      case 'gap':
        spaced = true;
        piece = `**[TO FILL: ${escapeMarkdown(run.what, inTable)}]** *(${escapeMarkdown(run.why, inTable)})*`;
        break;
    }
    if (piece === '') continue;
    out += spaced && !atSpace ? ` ${piece}` : piece;
    // The last character alone: /\s$/ tries every position of a long text before it reaches the end.
    atSpace = WHITESPACE.test(piece[piece.length - 1]!);
  }
  return out.trim();
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `### ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return renderInlines(block.content);
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${renderInlines(item)}`)
        .join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(block.header.map((h) => escapeMarkdown(h, true))),
        row(block.header.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map((c) => renderInlines(c, true)))),
      ].join('\n');
    }
    case 'quote': {
      const lines = [`> ${renderInlines(block.content)}`];
      if (block.attribution) lines.push('>', `> ${escapeMarkdown(`\u2014 ${block.attribution}`)}`);
      return lines.join('\n');
    }
  }
}

export function renderMarkdown(doc: PromoDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.metadata.length > 0)
    parts.push(
      doc.metadata.map((m) => `- **${escapeMarkdown(m.label)}:** ${escapeMarkdown(m.value)}`).join('\n'),
    );
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) {
      const rendered = renderBlock(block);
      if (rendered) parts.push(rendered);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
