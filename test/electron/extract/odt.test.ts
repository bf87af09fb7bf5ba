import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../electron/extract/extractor';
import { odtFile, odtParts, zip } from './fixtureFiles';

const odt = (bytes: Uint8Array) => extractDocument({ fileName: 'report.odt', format: 'odt', bytes });

describe('OpenDocument text (.odt)', () => {
  test('headings, paragraphs, list items and table cells become paragraphs; ODF spaces, tabs and line breaks are kept', async () => {
    const body = [
      '<text:h text:outline-level="1">Annual   report</text:h>',
      '<text:p>Revenue <text:span>rose</text:span> by<text:s text:c="2"/>3%.<text:tab/>(audited)</text:p>',
      '<text:p>First line<text:line-break/>second line</text:p>',
      '<text:list><text:list-item><text:p>Hire staff</text:p></text:list-item><text:list-item><text:p>Open an office</text:p></text:list-item></text:list>',
      '<table:table><table:table-row><table:table-cell><text:p>Region</text:p></table:table-cell><table:table-cell><text:p>North</text:p></table:table-cell></table:table-row></table:table>',
      '<text:p>A claim.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Source: survey of 2023.</text:p></text:note-body></text:note> More text.</text:p>',
      '<text:p>Kept<office:annotation><dc:creator>Reviewer</dc:creator><text:p>A comment.</text:p></office:annotation> text.</text:p>',
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words.</text:p></text:deletion></text:changed-region></text:tracked-changes>',
    ].join('\n');
    const extracted = await odt(odtFile(body, { title: 'Annual report 2023', creator: 'Lee Park', created: '2023-12-01T10:00:00' }));
    expect(extracted.text).toBe(
      [
        'Annual report',
        'Revenue rose by  3%.\t(audited)',
        'First line\nsecond line',
        'Hire staff',
        'Open an office',
        'Region',
        'North',
        'A claim. More text.',
        'Kept text.',
        'Source: survey of 2023.',
      ].join('\n\n'),
    );
    expect(extracted.title).toBe('Annual report 2023');
    expect(extracted.metadata).toEqual({ author: 'Lee Park', date: '2023-12-01' });
  });

  test('an OpenDocument spreadsheet renamed .odt is refused', async () => {
    const parts = odtParts('<text:p>x</text:p>');
    parts.mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
    await expect(odt(zip(parts))).rejects.toThrow(/it is not an OpenDocument text: it is another kind of zip file/);
  });

  test('a password-protected .odt is refused with advice', async () => {
    const parts = odtParts('<text:p>x</text:p>');
    parts['META-INF/manifest.xml'] = parts['META-INF/manifest.xml']!.replace(
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry>',
    );
    await expect(odt(zip(parts))).rejects.toThrow('it is protected by a password. Open it in LibreOffice, save a copy without the password, and import that.');
  });

  test('truncated and corrupt .odt files, and content.xml that is not XML, are refused', async () => {
    const whole = odtFile('<text:p>Some text that will be lost.</text:p>');
    await expect(odt(whole.subarray(0, whole.length - 30))).rejects.toThrow(/damaged or incomplete/);
    const parts = odtParts('');
    parts['content.xml'] = '<office:document-content><office:body><text:p>unclosed';
    await expect(odt(zip(parts))).rejects.toThrow('it is damaged: its part “content.xml” is not well-formed XML. If it was downloaded or copied, get it again.');
  });

  test('undeclared entities are not expanded: the part is refused as malformed', async () => {
    const parts = odtParts('<text:p>&xxe;</text:p>');
    await expect(odt(zip(parts))).rejects.toThrow(/not well-formed XML/);
  });

  test('fields in the text keep the text they show (document title, page number); only a drawing\'s title and description are left out', async () => {
    const body =
      '<text:p>Report: <text:title>Harbour study</text:title>, page <text:page-number>3</text:page-number>.</text:p>' +
      '<text:p>A photo<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"><svg:title>Alt title</svg:title><svg:desc>Alt description</svg:desc></draw:frame> here.</text:p>';
    expect((await odt(odtFile(body))).text).toBe('Report: Harbour study, page 3.\n\nA photo here.');
  });
});
