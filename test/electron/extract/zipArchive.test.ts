import { describe, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import { readZip, ZIP_LIMITS } from '../../../electron/extract/zipArchive';
import { extractDocument, readTable } from '../../../electron/extract/extractor';
import { docxParts, odtParts, xlsxParts, zip } from './fixtureFiles';

const MB = 1024 * 1024;
const zeros = (bytes: number) => new Uint8Array(bytes);

/** Rewrites the uncompressed size of every entry (local and central headers) to lie about it. */
function lieAboutSizes(archive: Uint8Array, claimed: number): Uint8Array {
  const bytes = archive.slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < bytes.length - 4; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, claimed, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, claimed, true);
  }
  return bytes;
}

describe('the guarded zip reader', () => {
  test('returns the wanted parts of an ordinary archive', async () => {
    const parts = await readZip(zip({ 'a.xml': '<a/>', 'b.bin': zeros(10) }), { kind: 'Word document', want: (n) => n.endsWith('.xml') });
    expect([...parts.keys()]).toEqual(['a.xml']);
    expect(new TextDecoder().decode(parts.get('a.xml'))).toBe('<a/>');
  });

  test('a part that inflates more than 100 times its packed size is a zip bomb, refused as soon as that is clear', async () => {
    const bomb = zip({ 'word/document.xml': zeros(20 * MB) }, 9);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(readZip(bomb, { kind: 'Word document', want: () => true })).rejects.toThrow(
      'it looks like a zip bomb: its part “word/document.xml” expands more than 100 times its packed size.',
    );
  });

  test('many parts that together expand past 200 MB are refused, however modest each is', async () => {
    // Stored (not compressed) so no ratio is exceeded: only the total gives it away.
    const files: Record<string, [Uint8Array, { level: 0 }]> = {};
    for (let i = 0; i < 9; i++) files[`part${i}.bin`] = [zeros(25 * MB), { level: 0 }];
    await expect(readZip(zipSync(files), { kind: 'Word document', want: () => false })).rejects.toThrow('it looks like a zip bomb: it would expand to more than 200 MB.');
  }, 30_000);

  test('a part whose header claims more than 200 MB is refused before anything is inflated', async () => {
    const claims = lieAboutSizes(zip({ 'content.xml': zeros(1000) }), 300 * MB);
    await expect(readZip(claims, { kind: 'OpenDocument text', want: () => true })).rejects.toThrow('it looks like a zip bomb: it would expand to more than 200 MB.');
  });

  test('the bytes actually inflated are counted: headers that understate the size do not fool the guard', async () => {
    const liar = lieAboutSizes(zip({ 'content.xml': zeros(20 * MB) }, 9), 1000);
    await expect(readZip(liar, { kind: 'OpenDocument text', want: () => true })).rejects.toThrow(
      'it looks like a zip bomb: its part “content.xml” expands more than 100 times its packed size.',
    );
  });

  test('the overall ratio is capped too, and so is the number of parts', async () => {
    const limits = { ...ZIP_LIMITS, ratioGraceBytes: 64 * 1024, maxRatio: 100 };
    // Each part alone is under the grace size; together they exceed it at a ratio no document has.
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 40; i++) parts[`p${i}.xml`] = zeros(60 * 1024);
    await expect(readZip(zip(parts, 9), { kind: 'Word document', want: () => true, limits })).rejects.toThrow(
      'it looks like a zip bomb: it expands more than 100 times its packed size.',
    );
    await expect(readZip(zip(parts, 9), { kind: 'Word document', want: () => true, limits: { ...ZIP_LIMITS, maxEntries: 10 } })).rejects.toThrow(
      'it looks like a zip bomb: it holds more than 10 parts.',
    );
  });

  test.each([
    ['docx', () => ({ ...docxParts(''), 'word/media/huge.xml': zeros(20 * MB) })],
    ['odt', () => ({ ...odtParts(''), 'Pictures/huge.xml': zeros(20 * MB) })],
    ['xlsx', () => ({ ...xlsxParts([['a'], ['b']]), 'xl/worksheets/sheet2.xml': zeros(20 * MB) })],
  ] as const)('a %s zip bomb is refused by the import with the zip-bomb reason', async (format, parts) => {
    const bytes = zip(parts(), 9);
    const input = { fileName: `bomb.${format}`, format, bytes };
    const reading = format === 'xlsx' ? readTable(input) : extractDocument(input);
    await expect(reading).rejects.toThrow(/^it looks like a zip bomb: its part “[^”]+” expands more than 100 times its packed size\.$/);
  });
});
