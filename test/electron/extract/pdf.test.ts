import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../electron/extract/extractor';
import { imageOnlyPdf, pdfFile } from './fixtureFiles';

const pdf = (bytes: Uint8Array) => extractDocument({ fileName: 'report.pdf', format: 'pdf', bytes });

describe('PDF', () => {
  test('pages in order, separated by a blank line; lines kept; a wide gap starts a paragraph', async () => {
    const bytes = await pdfFile(
      [
        [
          { text: 'Budget report 2024', x: 72, y: 720, size: 18 },
          { text: 'The council met on Tuesday.', x: 72, y: 680 },
          { text: 'It approved the budget.', x: 72, y: 666 },
          { text: 'A second paragraph after a gap.', x: 72, y: 620 },
        ],
        [{ text: 'Page two: “quotes” and café.', x: 72, y: 720 }],
        [{ text: 'Page three.', x: 72, y: 720 }],
      ],
      { title: 'Budget report', author: 'Finance Office', created: new Date('2024-04-02T08:00:00Z') },
    );
    const extracted = await pdf(bytes);
    expect(extracted.text).toBe(
      'Budget report 2024\n\nThe council met on Tuesday.\nIt approved the budget.\n\nA second paragraph after a gap.\n\nPage two: “quotes” and café.\n\nPage three.',
    );
    expect(extracted.title).toBe('Budget report');
    expect(extracted.metadata).toEqual({ author: 'Finance Office', date: '2024-04-02' });
    expect(extracted.extraction).toEqual({ pages: '3' });
  });

  test('two columns read column by column, not across (reading order, not position order)', async () => {
    const left = ['Left column line one', 'left column line two', 'left column line three'];
    const right = ['Right column line one', 'right column line two', 'right column line three'];
    const bytes = await pdfFile([[...left.map((text, i) => ({ text, x: 72, y: 700 - i * 14 })), ...right.map((text, i) => ({ text, x: 320, y: 700 - i * 14 }))]]);
    expect((await pdf(bytes)).text).toBe(`${left.join('\n')}\n\n${right.join('\n')}`);
  });

  test('a scanned PDF (pictures of pages, no text layer) is refused with that reason', async () => {
    await expect(pdf(await imageOnlyPdf())).rejects.toThrow('this PDF has no text layer (scanned?); OCR is not supported.');
  });

  test('a password-protected PDF is refused and says so', async () => {
    const bytes = await readFile(join(import.meta.dirname, '..', 'fixtures', 'password.pdf'));
    await expect(pdf(bytes)).rejects.toThrow(/^this PDF is protected by a password/);
  });

  test('a truncated PDF (a cut-off download) is refused rather than half-read', async () => {
    const whole = await pdfFile([[{ text: 'Page one.', x: 72, y: 720 }], [{ text: 'Page two.', x: 72, y: 720 }]]);
    await expect(pdf(whole.subarray(0, Math.floor(whole.length * 0.7)))).rejects.toThrow(/^it is incomplete: the end of the PDF is missing/);
  });

  test('a corrupt PDF, and a file named .pdf that is not one, are refused', async () => {
    const corrupt = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage\n%%EOF\n');
    await expect(pdf(corrupt)).rejects.toThrow('it is damaged: its PDF structure cannot be read. If it was downloaded or copied, get it again.');
    // A real PDF whose body was overwritten with noise (a disk or transfer error), header and end intact.
    const whole = await pdfFile([[{ text: 'Soon to be noise.', x: 72, y: 720 }]]);
    const noisy = whole.slice();
    for (let i = 16; i < noisy.length - 16; i++) noisy[i] = (i * 7919) % 256;
    await expect(pdf(noisy)).rejects.toThrow('it is damaged: its PDF structure cannot be read. If it was downloaded or copied, get it again.');
    await expect(pdf(new TextEncoder().encode('Just a text file named .pdf'))).rejects.toThrow('it is not a PDF: its content is another kind of file with the wrong extension.');
  });

  test('double-spaced text (a manuscript, a transcript) keeps its lines in one paragraph; a gap wider than the page\'s line spacing still starts one', async () => {
    const lines = ['The interview began at ten.', 'The respondent described the harbour', 'as it was before the closure.'];
    const next = ['A second paragraph, after a wider gap.', 'It goes on here.'];
    const bytes = await pdfFile([[...lines.map((text, i) => ({ text, x: 72, y: 700 - i * 28, size: 12 })), ...next.map((text, i) => ({ text, x: 72, y: 700 - 2 * 28 - 46 - i * 28, size: 12 }))]]);
    expect((await pdf(bytes)).text).toBe(`${lines.join('\n')}\n\n${next.join('\n')}`);
  });
});
