/**
 * DOCX (the `docx` package) built from Word's own styles: Title, Heading 1/2, real bulleted and numbered
 * lists (numbering definitions, each ordered list restarting at 1), real tables with a repeating header
 * row, hyperlinks for citations, and gaps as highlighted runs. Opens in Word, LibreOffice and Google Docs.
 */
import type {
  ParagraphChild,
  Paragraph as ParagraphType,
  TableCell as TableCellType,
  TableRow as TableRowType,
  Table as TableType,
} from 'docx';
import type { Block, Inline, PromoDocument } from '../../../core/documents/document-model.js';

const NUMBERED = 'promocase-numbered';

/** The library, imported when a DOCX is rendered (the server bundle has no chunks to defer it otherwise). */
type Docx = typeof import('docx');

/**
 * Paragraph content with as few runs as the styles allow: plain text and unlinked citations share one
 * run. Each run is several objects in the library and in the XML, and a long document has thousands.
 */
function children(d: Docx, runs: readonly Inline[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(new d.TextRun(plain));
    plain = '';
  };
  for (const r of runs) {
    switch (r.type) {
      case 'text':
        plain += r.text;
        break;
      case 'strong':
      case 'emphasis':
        flush();
        out.push(
          new d.TextRun(r.type === 'strong' ? { text: r.text, bold: true } : { text: r.text, italics: true }),
        );
        break;
      case 'citation':
        if (r.link && /^https?:\/\//i.test(r.link)) {
          plain += ' (';
          flush();
          out.push(
            new d.ExternalHyperlink({
              link: r.link,
              children: [new d.TextRun({ text: r.date, style: 'Hyperlink' })],
            }),
          );
          plain = ')';
        } else plain += ` (${r.date})`;
        break;
      case 'gap':
        flush();
        out.push(new d.TextRun({ text: ` [TO FILL: ${r.what}]`, bold: true, highlight: 'yellow' }));
        out.push(new d.TextRun({ text: ` (${r.why})`, italics: true, highlight: 'yellow' }));
        break;
    }
  }
  flush();
  return out;
}

function cell(d: Docx, runs: readonly Inline[], header = false): TableCellType {
  return new d.TableCell({
    children: [
      new d.Paragraph({
        children: header
          ? [new d.TextRun({ text: runs.map((r) => ('text' in r ? r.text : '')).join(''), bold: true })]
          : children(d, runs),
      }),
    ],
    shading: header ? { fill: 'EEEEEE' } : undefined,
  });
}

export async function renderDocx(doc: PromoDocument): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  let orderedLists = 0;
  const blockOut = (block: Block): Array<ParagraphType | TableType> => {
    switch (block.type) {
      case 'heading':
        return [new d.Paragraph({ text: block.text, heading: d.HeadingLevel.HEADING_2 })];
      case 'paragraph':
        return [new d.Paragraph({ children: children(d, block.content) })];
      case 'list': {
        const instance = block.ordered ? ++orderedLists : 0;
        return block.items.map((item) =>
          block.ordered
            ? new d.Paragraph({
                children: children(d, item),
                numbering: { reference: NUMBERED, level: 0, instance },
              })
            : new d.Paragraph({ children: children(d, item), bullet: { level: 0 } }),
        );
      }
      case 'table': {
        const rows: TableRowType[] = [];
        if (block.header.some((h) => h !== ''))
          rows.push(
            new d.TableRow({
              tableHeader: true,
              children: block.header.map((h) => cell(d, [{ type: 'text', text: h }], true)),
            }),
          );
        for (const row of block.rows) rows.push(new d.TableRow({ children: row.map((c) => cell(d, c)) }));
        return [
          new d.Table({ rows, width: { size: 100, type: d.WidthType.PERCENTAGE } }),
          new d.Paragraph({}),
        ];
      }
      case 'quote':
        return [
          new d.Paragraph({ children: children(d, block.content), style: 'Quote' }),
          ...(block.attribution
            ? [
                new d.Paragraph({
                  children: [new d.TextRun({ text: `\u2014 ${block.attribution}`, italics: true })],
                  style: 'Quote',
                }),
              ]
            : []),
        ];
    }
  };

  const body: Array<ParagraphType | TableType> = [
    new d.Paragraph({ text: doc.title, heading: d.HeadingLevel.TITLE }),
    ...doc.metadata.map(
      (m) =>
        new d.Paragraph({
          children: [
            new d.TextRun({ text: `${m.label}: `, bold: true, color: '444444' }),
            new d.TextRun({ text: m.value, color: '444444' }),
          ],
        }),
    ),
  ];
  for (const section of doc.sections) {
    body.push(new d.Paragraph({ text: section.title, heading: d.HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) body.push(...blockOut(block));
  }

  const document = new d.Document({
    creator: 'promocase',
    title: doc.title,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '444444' },
          paragraph: { indent: { left: 567 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: d.LevelFormat.DECIMAL,
              text: '%1.',
              alignment: d.AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: body }],
  });
  return d.Packer.toBuffer(document);
}
