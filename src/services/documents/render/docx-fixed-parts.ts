/**
 * The parts of a DOCX package around the document body: content types, relationships, properties,
 * styles (Title, Heading 1-3, Quote, Hyperlink, a bordered table style) and list numbering. Written as
 * WordprocessingML (ECMA-376) by hand: Word, LibreOffice and Google Docs read these parts.
 */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The namespaces document.xml declares on its root. */
export const DOCUMENT_NS = `xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A4 with 2.54 cm margins, in twentieths of a point: the text column is TEXT_WIDTH wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1440 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The numbering id of every bulleted list; ordered lists get their own ids after it (see numberingXml). */
export const BULLET_NUM_ID = 1;

// XML 1.0 forbids most control characters; Word refuses a file with one. Line breaks become spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot hold
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\t\n\r]/g;
const SPECIAL = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(value: string): string {
  return value.replace(INVALID, ' ').replace(SPECIAL, (c) => ENTITIES[c]!);
}

function contentTypes(): string {
  const o = 'application/vnd.openxmlformats-officedocument';
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${o}.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${o}.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${o}.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="${o}.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${o}.extended-properties+xml"/></Types>`;
}

function packageRels(): string {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
}

function coreProperties(title: string): string {
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>promocase</dc:creator><cp:lastModifiedBy>promocase</cp:lastModifiedBy></cp:coreProperties>`;
}

function appProperties(): string {
  return `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>promocase</Application></Properties>`;
}

function settings(): string {
  return `${XML}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
}

function heading(id: string, name: string, level: number, size: number, color: string): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 0 ? 240 : 200}" w:after="80"/><w:outlineLvl w:val="${level}"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:cs="Calibri Light"/><w:b/><w:bCs/><w:color w:val="${color}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

function styles(): string {
  return `${XML}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`.concat(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="160"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:cs="Calibri Light"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>',
    heading('Heading1', 'heading 1', 0, 32, '1F3864'),
    heading('Heading2', 'heading 2', 1, 26, '2F5496'),
    heading('Heading3', 'heading 3', 2, 23, '2F5496'),
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:ind w:left="567"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="444444"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="40"/><w:ind w:left="720"/></w:pPr></w:style>',
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`).join('')}</w:tblBorders></w:tblPr></w:style>`,
    '</w:styles>',
  );
}

function level(format: 'bullet' | 'decimal'): string {
  const text = format === 'bullet' ? '\u2022' : '%1.';
  return `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`;
}

/**
 * One bulleted list definition, and one numbering instance per ordered list, each restarting at 1:
 * otherwise Word continues the count of the previous list.
 */
export function numberingXml(orderedLists: number): string {
  const ordered: string[] = [];
  for (let i = 0; i < orderedLists; i++)
    ordered.push(
      `<w:num w:numId="${BULLET_NUM_ID + 1 + i}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
    );
  return `${XML}<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${level('bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level('decimal')}</w:abstractNum><w:num w:numId="${BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>${ordered.join('')}</w:numbering>`;
}

/** The relationships of the body: its styles, numbering and settings, then one per distinct link. */
export function documentRels(links: readonly string[]): string {
  const fixed = [
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="rId3" Type="${REL}/settings" Target="settings.xml"/>`,
  ];
  const external = links.map(
    (link, i) =>
      `<Relationship Id="${linkRelId(i)}" Type="${REL}/hyperlink" Target="${escapeXml(link)}" TargetMode="External"/>`,
  );
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${fixed.join('')}${external.join('')}</Relationships>`;
}

/** The relationship id of the i-th distinct link (after the three fixed ones). */
export function linkRelId(i: number): string {
  return `rId${i + 4}`;
}

/** Everything but the body, its relationships and the numbering: the same for every document. */
export function docxFixedParts(title: string): Array<{ name: string; data: string }> {
  return [
    { name: '[Content_Types].xml', data: contentTypes() },
    { name: '_rels/.rels', data: packageRels() },
    { name: 'docProps/core.xml', data: coreProperties(title) },
    { name: 'docProps/app.xml', data: appProperties() },
    { name: 'word/styles.xml', data: styles() },
    { name: 'word/settings.xml', data: settings() },
  ];
}

export { XML as XML_DECLARATION };
