import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../electron/extract/extractor';
import { docxFile, docxParts, w, zip } from './fixtureFiles';

const docx = (bytes: Uint8Array) => extractDocument({ fileName: 'speech.docx', format: 'docx', bytes });

describe('Word documents (.docx)', () => {
  test('paragraphs, headings, list items and table cells become paragraphs; soft line breaks stay line breaks', async () => {
    const body = [
      w.styled('Heading1', w.r('Budget speech')),
      w.p(w.r('We will '), w.r('cut taxes'), w.r('.')),
      w.p(w.r('Line one of the address,'), w.br(), w.r('line two after Shift+Enter.')),
      w.listItem(w.r('Lower fares')),
      w.listItem(w.r('A new bridge')),
      w.table([
        ['Year', 'Deficit'],
        ['2024', '3.1%'],
      ]),
      w.p(w.r('Thank you.')),
    ].join('');
    const extracted = await docx(docxFile(body, { title: 'Budget speech 2024', creator: 'Mayor Ortiz', created: '2024-02-11T09:30:00Z' }));
    expect(extracted.text).toBe(
      [
        'Budget speech',
        'We will cut taxes.',
        'Line one of the address,\nline two after Shift+Enter.',
        'Lower fares',
        'A new bridge',
        'Year',
        'Deficit',
        '2024',
        '3.1%',
        'Thank you.',
      ].join('\n\n'),
    );
    expect(extracted.title).toBe('Budget speech 2024');
    expect(extracted.metadata).toEqual({ author: 'Mayor Ortiz', date: '2024-02-11' });
  });

  test('deleted tracked changes are left out and inserted ones kept', async () => {
    const body = w.p(
      w.r('The plan is '),
      '<w:del w:id="1" w:author="A"><w:r><w:delText>not </w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="A"><w:r><w:t>fully </w:t></w:r></w:ins>',
      w.r('funded.'),
    );
    expect((await docx(docxFile(body))).text).toBe('The plan is fully funded.');
  });

  test('a .doc (or password-protected .docx) renamed, and a binary file named .docx, are refused with advice', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await expect(docx(ole)).rejects.toThrow(/either protected by a password or an older Word 97-2003 document renamed/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    await expect(docx(png)).rejects.toThrow('it is not a Word document: its content is another kind of file with the wrong extension.');
  });

  test('a truncated .docx (the end of the zip is missing) is refused as incomplete', async () => {
    const whole = docxFile(w.p(w.r('Text that will be cut off.')));
    await expect(docx(whole.subarray(0, Math.floor(whole.length * 0.6)))).rejects.toThrow(/damaged or incomplete: the parts of this Word document cannot be unpacked/);
  });

  test('a .docx with corrupted compressed data is refused as damaged', async () => {
    const bytes = docxFile(w.p(w.r('Some text. '.repeat(200))));
    // Overwrite bytes inside the compressed data of the parts (after the first local header).
    const corrupt = bytes.slice();
    for (let i = 200; i < corrupt.length - 400; i += 7) corrupt[i] = (corrupt[i]! + 0x5a) & 0xff;
    await expect(docx(corrupt)).rejects.toThrow(/damaged/);
  });

  test('a zip that is not a Word document, and a document.xml that is not XML, are refused', async () => {
    await expect(docx(zip({ 'photo.jpg': new Uint8Array([1, 2, 3]) }))).rejects.toThrow('it is not a Word document: it is a zip archive without the parts a .docx has.');
    const parts = docxParts('');
    parts['word/document.xml'] = '<w:document><w:body><w:p><w:r><w:t>unclosed';
    await expect(docx(zip(parts))).rejects.toThrow(/damaged/);
  });

  test('a part with a DOCTYPE (an XML entity attack) is refused before any parser expands it', async () => {
    const parts = docxParts('');
    parts['word/document.xml'] =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    await expect(docx(zip(parts))).rejects.toThrow('it is not a well-formed Word document: its part “word/document.xml” declares a DOCTYPE, which no real Word document does.');
  });

  test('a DOCTYPE in a part of any name is refused: Word reads the document part wherever the relationships point', async () => {
    const parts = docxParts('');
    const odd = (body: string) => {
      const renamed: Record<string, string> = { ...parts, 'word/body.bin': body };
      delete renamed['word/document.xml'];
      renamed['_rels/.rels'] = parts['_rels/.rels']!.replace('Target="word/document.xml"', 'Target="word/body.bin"');
      renamed['[Content_Types].xml'] = parts['[Content_Types].xml']!.replace('/word/document.xml', '/word/body.bin');
      renamed['word/_rels/body.bin.rels'] = parts['word/_rels/document.xml.rels']!;
      return zip(renamed);
    };
    // The part's name does not stop mammoth from reading it: the text of a clean one imports…
    const clean = parts['word/document.xml']!.replace('<w:body></w:body>', `<w:body>${w.p(w.r('Read from an oddly named part.'))}</w:body>`);
    expect((await docx(odd(clean))).text).toBe('Read from an oddly named part.');
    // …so one with a DOCTYPE must never reach it.
    const attack =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>';
    await expect(docx(odd(attack))).rejects.toThrow('it is not a well-formed Word document: its part “word/body.bin” declares a DOCTYPE, which no real Word document does.');
  });

  test.each([
    ['UTF-16LE with its byte-order mark', 'utf16le', true],
    ['UTF-16BE with its byte-order mark', 'utf16be', true],
    ['UTF-16LE without a mark', 'utf16le', false],
  ] as const)('a DOCTYPE in a part written in %s is refused too', async (_name, encoding, bom) => {
    const parts: Record<string, string | Uint8Array> = docxParts('');
    const xml = '<?xml version="1.0" encoding="UTF-16"?><!doctype lolz [<!ENTITY lol "lol">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>';
    const le = Buffer.from(xml, 'utf16le');
    const body = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const mark = encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    parts['word/document.xml'] = Uint8Array.from([...(bom ? mark : []), ...body]);
    await expect(docx(zip(parts))).rejects.toThrow('it is not a well-formed Word document: its part “word/document.xml” declares a DOCTYPE, which no real Word document does.');
  });

  test('damaged document properties are ignored: the text still imports, with the file name as title', async () => {
    const parts = docxParts(w.p(w.r('The text itself is fine.')));
    parts['docProps/core.xml'] = '<cp:coreProperties><dc:title>Unclosed';
    const extracted = await docx(zip(parts));
    expect(extracted).toEqual({ text: 'The text itself is fine.', extraction: {}, words: 5 });
  });

  test('a document with no text is refused as such', async () => {
    await expect(docx(docxFile(w.p()))).rejects.toThrow('it contains no text to code.');
  });

  test('a page or column break inside a paragraph separates the words on either side, as a line break', async () => {
    const body = [
      w.p(w.r('End of chapter one.'), '<w:r><w:br w:type="page"/></w:r>', w.r('Chapter two begins.')),
      w.p(w.r('Left column.'), '<w:r><w:br w:type="column"/></w:r>', w.r('Right column.')),
      w.p('<w:r><w:br w:type="page"/></w:r>', w.r('A page that starts with its break.')),
    ].join('');
    expect((await docx(docxFile(body))).text).toBe(
      ['End of chapter one.\nChapter two begins.', 'Left column.\nRight column.', 'A page that starts with its break.'].join('\n\n'),
    );
  });
});
