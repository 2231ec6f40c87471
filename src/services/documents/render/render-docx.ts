/**
 * DOCX (the `docx` package) built from Word's own styles: Title, Heading 1/2, real bulleted and numbered
 * lists (numbering definitions, each ordered list restarting at 1), real tables with a repeating header
 * row, hyperlinks for citations, and gaps as highlighted runs. Opens in Word, LibreOffice and Google Docs.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Inline, PromoDocument } from '../../../core/documents/document-model.js';

const NUMBERED = 'promocase-numbered';

function children(runs: readonly Inline[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of runs) {
    switch (r.type) {
      case 'text':
        out.push(new TextRun(r.text));
        break;
      case 'strong':
        out.push(new TextRun({ text: r.text, bold: true }));
        break;
      case 'emphasis':
        out.push(new TextRun({ text: r.text, italics: true }));
        break;
      case 'citation':
        out.push(new TextRun({ text: ' (', color: '555555' }));
        out.push(
          r.link && /^https?:\/\//i.test(r.link)
            ? new ExternalHyperlink({
                link: r.link,
                children: [new TextRun({ text: r.date, style: 'Hyperlink' })],
              })
            : new TextRun({ text: r.date, color: '555555' }),
        );
        out.push(new TextRun({ text: ')', color: '555555' }));
        break;
      case 'gap':
        out.push(new TextRun({ text: ' [TO FILL: ', bold: true, highlight: 'yellow' }));
        out.push(new TextRun({ text: r.what, bold: true, highlight: 'yellow' }));
        out.push(new TextRun({ text: `] (${r.why})`, italics: true, highlight: 'yellow' }));
        break;
    }
  }
  return out;
}

function cell(runs: readonly Inline[], header = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: header
          ? [new TextRun({ text: runs.map((r) => ('text' in r ? r.text : '')).join(''), bold: true })]
          : children(runs),
      }),
    ],
    shading: header ? { fill: 'EEEEEE' } : undefined,
  });
}

export async function renderDocx(doc: PromoDocument): Promise<Uint8Array> {
  let orderedLists = 0;
  const blockOut = (block: Block): Array<Paragraph | Table> => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
      case 'paragraph':
        return [new Paragraph({ children: children(block.content) })];
      case 'list': {
        const instance = block.ordered ? ++orderedLists : 0;
        return block.items.map((item) =>
          block.ordered
            ? new Paragraph({
                children: children(item),
                numbering: { reference: NUMBERED, level: 0, instance },
              })
            : new Paragraph({ children: children(item), bullet: { level: 0 } }),
        );
      }
      case 'table': {
        const rows: TableRow[] = [];
        if (block.header.some((h) => h !== ''))
          rows.push(
            new TableRow({
              tableHeader: true,
              children: block.header.map((h) => cell([{ type: 'text', text: h }], true)),
            }),
          );
        for (const row of block.rows) rows.push(new TableRow({ children: row.map((c) => cell(c)) }));
        return [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph({})];
      }
      case 'quote':
        return [
          new Paragraph({ children: children(block.content), style: 'Quote' }),
          ...(block.attribution
            ? [
                new Paragraph({
                  children: [new TextRun({ text: `\u2014 ${block.attribution}`, italics: true })],
                  style: 'Quote',
                }),
              ]
            : []),
        ];
    }
  };

  const body: Array<Paragraph | Table> = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.metadata.map(
      (m) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${m.label}: `, bold: true, color: '444444' }),
            new TextRun({ text: m.value, color: '444444' }),
          ],
        }),
    ),
  ];
  for (const section of doc.sections) {
    body.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) body.push(...blockOut(block));
  }

  const document = new Document({
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
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}
