// The backup worker hashes a project file's entries with WebCrypto instead of the pure JavaScript
// hash: the file it writes and the checks it runs must be exactly those of the synchronous path.
import { describe, expect, test } from 'vitest';
import { digestSha256Hex } from '../../../shared/hash/digestSha256';
import { sha256Hex } from '../../../shared/hash/sha256';
import { createDigestEntryHasher } from '../../../shared/projectFile/entryHasher';
import { readProjectFile, readProjectFileFast } from '../../../shared/projectFile/readProjectFile';
import { ProjectFileWriter, writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { everyKindOfRow, everyKindOfRowHeader, streamedEveryKindOfRow } from '../../fixtures/projectFile/everyKindOfRow';

describe('SHA-256 by WebCrypto', () => {
  test('gives the digest of the synchronous hash', async () => {
    const bytes = new TextEncoder().encode('État 🎉'.repeat(10_000));
    expect(await digestSha256Hex(bytes)).toBe(sha256Hex(bytes));
    expect(await digestSha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('a file written with it is byte for byte the file written with the synchronous hash, and reads the same both ways', async () => {
    const { bytes, manifest, expected } = await streamedEveryKindOfRow({ hasher: createDigestEntryHasher });
    expect(manifest).toEqual(expected.manifest);
    expect(Buffer.from(bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    const fast = await readProjectFileFast(bytes);
    expect(fast).toEqual(readProjectFile(bytes));
  });

  test('an original whose content is not its name is refused with its name', async () => {
    const writer = new ProjectFileWriter({ header: everyKindOfRowHeader(), onChunk: () => {}, includeOriginals: true, hasher: createDigestEntryHasher });
    writer.addOriginal(`${'a'.repeat(64)}.txt`, new TextEncoder().encode('changed'));
    await expect(writer.settle()).rejects.toThrow(/original a{64}\.txt in the library has changed/);
  });

  test('a damaged entry is refused by the fast reader as by the synchronous one', async () => {
    const { tables } = everyKindOfRow();
    const { bytes } = writeProjectFile({ header: everyKindOfRowHeader(), tables, compression: 0 });
    // Stored (level 0): a byte of a table's text, inside the zip, changed in place.
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf('Housing');
    damaged[at] = 'h'.charCodeAt(0);
    const fast = await readProjectFileFast(damaged);
    expect(fast.ok).toBe(false);
    expect(fast).toEqual(readProjectFile(damaged));
  });
});
