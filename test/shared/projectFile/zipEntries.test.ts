// The zip layer of a project file read under caps: a zip that is not a project (a photo archive
// picked by mistake), or one crafted so that its directory lies, is refused in a few lines, without
// the reader looping, allocating or inflating past what the caps allow.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { MAX_LISTED_PROBLEMS } from '../../../shared/projectFile/problems';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { readZipEntries } from '../../../shared/projectFile/zipEntries';
import { editFile, savedCopy } from './editProjectFile';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offsets of every record with this signature (central headers, local headers). */
function recordsOf(bytes: Uint8Array, signature: number): number[] {
  const at: number[] = [];
  const data = view(bytes);
  for (let i = 0; i + 4 <= bytes.length; i++) if (data.getUint32(i, true) === signature) at.push(i);
  return at;
}

/** The zip with the entry named `name` declaring `size` bytes unpacked, in its central and local headers. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const data = view(out);
  const nameBytes = strToU8(name);
  const named = (at: number, nameAt: number, nameLength: number) =>
    nameLength === nameBytes.length && nameBytes.every((byte, i) => out[at + nameAt + i] === byte);
  for (const at of recordsOf(out, CENTRAL)) if (named(at, 46, data.getUint16(at + 28, true))) data.setUint32(at + 24, size, true);
  for (const at of recordsOf(out, LOCAL)) if (named(at, 30, data.getUint16(at + 26, true))) data.setUint32(at + 22, size, true);
  return out;
}

/**
 * A zip of a few hundred bytes whose directory, through a ZIP64 end record, says it holds four
 * billion entries starting past the end of the file.
 */
function fourBillionEntries(): Uint8Array {
  const base = zipSync({ 'manifest.json': strToU8('{}') });
  const endAt = recordsOf(base, EOCD).at(-1)!;
  const body = base.slice(0, endAt);
  const zip64End = new Uint8Array(56);
  const end64 = view(zip64End);
  end64.setUint32(0, 0x06064b50, true);
  end64.setBigUint64(4, 44n, true);
  end64.setBigUint64(24, 0xffff_ffffn, true);
  end64.setBigUint64(32, 0xffff_ffffn, true);
  end64.setBigUint64(48, 0x7fff_fff0n, true);
  const locator = new Uint8Array(20);
  view(locator).setUint32(0, 0x07064b50, true);
  view(locator).setBigUint64(8, BigInt(body.length), true);
  view(locator).setUint32(16, 1, true);
  const end = base.slice(endAt);
  view(end).setUint16(8, 0xffff, true);
  view(end).setUint16(10, 0xffff, true);
  view(end).setUint32(16, 0xffff_ffff, true);
  return new Uint8Array([...body, ...zip64End, ...locator, ...end]);
}

describe('zips that are not project files', () => {
  test('a zip of thousands of other files (a photo archive picked by mistake) is refused in a few lines, not one per file', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3000; i++) files[`Holiday/IMG_${i}.jpg`] = strToU8('jpeg');
    const result = readProjectFile(zipSync(files, { level: 0 }));
    if (result.ok) throw new Error('the photo archive was opened');
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(result.problems[0]).toEqual({ kind: 'unknown-entry', entry: 'Holiday/IMG_0.jpg', message: 'It holds an entry “Holiday/IMG_0.jpg” that a Framewise project file never holds.' });
    expect(result.problems.at(-1)!.message).toBe('…and 2,950 more problems like these.');
  });
});

describe('zips whose directory lies', () => {
  test('a directory that says it holds four billion entries is refused before any is listed', () => {
    const result = readZipEntries(fourBillionEntries());
    expect(result).toEqual({ ok: false, problems: [{ kind: 'too-large', message: 'It holds 4,294,967,295 entries, more than the 65,535 a project file may hold.' }] });
  });

  test('an entry that inflates past the size its directory declares is refused, naming it', () => {
    // 16 MiB of zeros deflate to some 16 KiB; the directory says 1,000 bytes, under every cap.
    const bomb = zipSync({ 'tables/codings.jsonl': [new Uint8Array(16 * 1024 ** 2), { level: 9 }] });
    const result = readZipEntries(declareSize(bomb, 'tables/codings.jsonl', 1000));
    expect(result).toEqual({
      ok: false,
      problems: [{ kind: 'too-large', entry: 'tables/codings.jsonl', message: 'The entry “tables/codings.jsonl” inflates to more than the 1,000 bytes the zip’s directory declares: a crafted file (a zip bomb) or a damaged one, not a project.' }],
    });
  });

  test('an entry that inflates to less than its directory declares is refused as damaged', () => {
    const zip = zipSync({ 'tables/codings.jsonl': [strToU8('{"id":"k-1"}\n'.repeat(100)), { level: 6 }] });
    const result = readZipEntries(declareSize(zip, 'tables/codings.jsonl', 5000));
    expect(result).toMatchObject({ ok: false, problems: [{ kind: 'not-a-zip', entry: 'tables/codings.jsonl', message: expect.stringMatching(/^The entry “tables\/codings\.jsonl” cannot be unpacked \(.*\): the file is damaged\.$/) }] });
  });

  test('a saved copy still opens, and a copy with its entries re-packed by another zip tool too', () => {
    expect(readProjectFile(savedCopy()).ok).toBe(true);
    expect(readProjectFile(savedCopy(0)).ok).toBe(true);
    expect(readProjectFile(editFile(savedCopy(), () => {}, { consistent: false })).ok).toBe(true);
  });
});
