// Realistic files of each format, built in the tests: Word, OpenDocument and Excel files are zip
// archives of XML parts (assembled here with fflate, as the real programs lay them out), PDFs are
// written with pdf-lib.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function zip(parts: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = [typeof content === 'string' ? strToU8(content) : content, { level }];
  return zipSync(files);
}

// --- Word ---------------------------------------------------------------------------------------

export function docxParts(bodyXml: string, core?: { title?: string; creator?: string; created?: string }): Record<string, string> {
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    'word/styles.xml': `${XML}<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`,
    'word/numbering.xml': `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    'word/document.xml': `${XML}<w:document ${W}><w:body>${bodyXml}</w:body></w:document>`,
    'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${
      core?.title ? `<dc:title>${core.title}</dc:title>` : ''
    }${core?.creator ? `<dc:creator>${core.creator}</dc:creator>` : ''}${core?.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : ''}</cp:coreProperties>`,
  };
}

export const w = {
  p: (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`,
  styled: (style: string, ...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.join('')}</w:p>`,
  listItem: (...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${runs.join('')}</w:p>`,
  r: (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`,
  br: () => '<w:r><w:br/></w:r>',
  table: (rows: string[][]) => `<w:tbl>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:p><w:r><w:t>${cell}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
};

export function docxFile(bodyXml: string, core?: { title?: string; creator?: string; created?: string }): Uint8Array {
  return zip(docxParts(bodyXml, core));
}

// --- OpenDocument ---------------------------------------------------------------------------------

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

export function odtParts(textXml: string, meta?: { title?: string; creator?: string; created?: string }): Record<string, string> {
  return {
    mimetype: 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml': `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    'content.xml': `${XML}<office:document-content ${ODF_NS} office:version="1.3"><office:automatic-styles/><office:body><office:text>${textXml}</office:text></office:body></office:document-content>`,
    'meta.xml': `${XML}<office:document-meta ${ODF_NS} office:version="1.3"><office:meta>${meta?.title ? `<dc:title>${meta.title}</dc:title>` : ''}${
      meta?.creator ? `<meta:initial-creator>${meta.creator}</meta:initial-creator>` : ''
    }${meta?.created ? `<meta:creation-date>${meta.created}</meta:creation-date>` : ''}</office:meta></office:document-meta>`,
  };
}

export function odtFile(textXml: string, meta?: { title?: string; creator?: string; created?: string }): Uint8Array {
  // The mimetype entry comes first and is stored uncompressed, as the OpenDocument spec requires.
  const parts = odtParts(textXml, meta);
  const files: Zippable = { mimetype: [strToU8(parts.mimetype!), { level: 0 }] };
  for (const [name, content] of Object.entries(parts)) if (name !== 'mimetype') files[name] = strToU8(content);
  return zipSync(files);
}

// --- Excel ----------------------------------------------------------------------------------------

type Cell = string | number | boolean | Date | null;

/** An .xlsx whose first sheet holds `rows` (strings shared, dates as serial numbers with a date style). */
export function xlsxParts(rows: Cell[][]): Record<string, string> {
  const strings: string[] = [];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cellXml = (value: Cell, ref: string) => {
    if (value === null) return '';
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    if (value instanceof Date) return `<c r="${ref}" s="1"><v>${value.getTime() / 86_400_000 + 25569}</v></c>`;
    strings.push(value);
    return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
  };
  const sheetRows = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${String.fromCharCode(65 + c)}${r + 1}`)).join('')}</row>`)
    .join('');
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook ${main} xmlns:r="${rels}"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rels}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet ${main}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `${XML}<worksheet ${main}><sheetData>${sheetRows}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `${XML}<sst ${main} count="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
  };
}

export function xlsxFile(rows: Cell[][]): Uint8Array {
  return zip(xlsxParts(rows));
}

// --- PDF ------------------------------------------------------------------------------------------

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** A PDF whose pages hold `lines`, drawn in the order given (the content stream's order). */
export async function pdfFile(pages: PdfLine[][], info: { title?: string; author?: string; created?: Date } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  if (info.created) doc.setCreationDate(info.created);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size: line.size ?? 11, font });
  }
  return doc.save();
}

/** A "scanned" PDF: each page is only a picture (here a grey rectangle standing in for the scan). */
export async function imageOnlyPdf(pageCount = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(TINY_PNG);
  for (let i = 0; i < pageCount; i++) {
    const page = doc.addPage([612, 792]);
    page.drawImage(png, { x: 36, y: 36, width: 540, height: 720 });
    page.drawRectangle({ x: 50, y: 700, width: 200, height: 12, color: rgb(0.2, 0.2, 0.2) });
  }
  return doc.save();
}

/** A 1x1 grey PNG. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
