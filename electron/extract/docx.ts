// Word documents (.docx). mammoth reads Word's structure (paragraphs, headings, lists, tables, text
// boxes, footnotes, tracked changes, the alternate-content duplicates Word writes for shapes) and gives
// it as simple HTML; the text is then built from that structure by the HTML reader, so each paragraph,
// heading, list item and table cell is a paragraph and a soft line break (Shift+Enter) stays a line
// break. mammoth's raw-text mode is not used: it drops those line breaks.
//
// mammoth unzips with JSZip, which has no guard against zip bombs, so the archive first goes through
// the guarded reader: only a file whose parts really inflate within the caps reaches mammoth.
import mammoth from 'mammoth';
import type { Extracted } from './extracted';
import { readDocumentProperties } from './documentProperties';
import { readHtml } from './htmlText';
import { refuseDoctype } from './officeParts';
import { UnreadableFileError } from './unreadableFileError';
import { isOleCompoundFile, readZip } from './zipArchive';

const KIND = 'Word document';

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  if (isOleCompoundFile(bytes)) {
    throw new UnreadableFileError(
      'it is not a .docx file inside: it is either protected by a password or an older Word 97-2003 document renamed. Remove the password, or save it as .docx in Word or LibreOffice, and import it again.',
    );
  }
  const parts = await readZip(bytes, { kind: KIND, want: (name) => /\.(xml|rels)$/iu.test(name), inspect: (name, part) => refuseDoctype(name, part, KIND) });
  if (!parts.has('[Content_Types].xml') || ![...parts.keys()].some((name) => name.startsWith('word/'))) {
    throw new UnreadableFileError(`it is not a ${KIND}: it is a zip archive without the parts a .docx has.`);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are not text: never read or encode them (the default inlines each as base64).
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        // mammoth writes nothing for a page or column break, which glues the words on either side of
        // one inside a paragraph ("chapter.Next"): each becomes a line break, where the text visibly
        // moves on (a break that opens its paragraph is trimmed with the paragraph's edges).
        styleMap: ["br[type='page'] => br", "br[type='column'] => br"],
      },
    );
    html = result.value;
  } catch (error) {
    throw new UnreadableFileError(`it is damaged: Word's document structure in it cannot be read. If it was downloaded or copied, get it again.`, {
      cause: error,
    });
  }
  // mammoth ends each footnote with a "↑" link back to its reference: navigation, not the author's text.
  const { blocks } = await readHtml(html.replace(/<a href="#[a-z]*-ref-[^"]*">↑<\/a>/gu, ''));
  const properties = readDocumentProperties(parts.get('docProps/core.xml'), 'docProps/core.xml', KIND);
  return {
    text: blocks.map((b) => b.text).join('\n\n'),
    ...(properties.title ? { title: properties.title } : {}),
    ...(Object.keys(properties.metadata).length > 0 ? { metadata: properties.metadata } : {}),
    extraction: {},
  };
}
