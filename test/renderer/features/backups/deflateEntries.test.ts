// The backup worker deflates a project file's entries with its own deflaters instead of fflate: the
// platform's zlib (CompressionStream) or WebAssembly's (wasmDeflateEntry.ts). Either way the file
// must read exactly as the one fflate writes, and its zip must say the truth about every entry
// (method, sizes, CRC-32), which readers other than Framewise's check.
import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { Zip, unzipSync } from 'fflate';
import { concatBytes } from '../../../../shared/bytes/concatBytes';
import { createDigestEntryHasher } from '../../../../shared/projectFile/entryHasher';
import { readProjectFile } from '../../../../shared/projectFile/readProjectFile';
import { PlatformDeflateEntry } from '../../../../renderer/features/backups/platformDeflateEntry';
import { loadWasmDeflate, WasmDeflateEntry } from '../../../../renderer/features/backups/wasmDeflateEntry';
import { BACKUP_DEFLATE_LEVEL, backupDeflater } from '../../../../renderer/features/backups/backupDeflater';
import type { Deflater } from '../../../../shared/projectFile/writeProjectFile';
import { streamedEveryKindOfRow } from '../../../fixtures/projectFile/everyKindOfRow';

interface DirectoryEntry {
  name: string;
  method: number;
  crc: number;
  packed: number;
  size: number;
}

/** The zip's central directory as written (APPNOTE 4.3.12, 4.3.16), read without fflate. */
function centralDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      packed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function zipOf(newEntry: Deflater, name: string, pieces: readonly Uint8Array[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) resolve(concatBytes(chunks));
    });
    const entry = newEntry(name);
    zip.add(entry);
    pieces.forEach((piece, i) => entry.push(piece, i === pieces.length - 1));
    zip.end();
    entry.done.catch(reject);
  });
}

const deflaters: [string, Deflater][] = [
  ['the platform', (name) => new PlatformDeflateEntry(name)],
  ['WebAssembly at level 1', (name) => new WasmDeflateEntry(name, 1)],
  ['WebAssembly at the backup level', (name) => new WasmDeflateEntry(name, BACKUP_DEFLATE_LEVEL)],
  ['WebAssembly at level 6', (name) => new WasmDeflateEntry(name, 6)],
];

describe.each(deflaters)('entries deflated by %s', (_, newEntry) => {
  beforeAll(() => loadWasmDeflate());

  test('a project file written with them reads as the one fflate writes, with the same manifest', async () => {
    const { bytes, manifest, expected } = await streamedEveryKindOfRow({ hasher: createDigestEntryHasher, deflater: newEntry });
    expect(manifest).toEqual(expected.manifest);
    expect(readProjectFile(bytes)).toEqual(readProjectFile(expected.bytes));

    const contents = unzipSync(bytes);
    const directory = centralDirectory(bytes);
    expect(directory.map((e) => e.name).sort()).toEqual(Object.keys(contents).sort());
    for (const entry of directory) {
      const content = contents[entry.name]!;
      expect({ name: entry.name, crc: entry.crc, size: entry.size }).toEqual({ name: entry.name, crc: crc32(content), size: content.length });
    }
    // The tables are deflated (the manifest too, by fflate, so that the zip ends as finish() returns).
    expect(directory.find((e) => e.name.endsWith('codings.jsonl'))?.method).toBe(8);
  });

  test('an entry of many pieces, tiny and large (over a MiB), comes out whole with its CRC-32', async () => {
    const text = new TextEncoder().encode(Array.from({ length: 120_000 }, (_, i) => `{"id":"row-${i}","n":${(i * 7919) % 10007}}\n`).join(''));
    const cuts = [0, 1, 2, 9, 10, 17, 4096, 70_000, 1_000_000, text.length];
    const pieces = cuts.slice(1).map((cut, i) => text.subarray(cuts[i], cut));
    const bytes = await zipOf(newEntry, 'rows.jsonl', [...pieces, new Uint8Array(0)]);
    expect(Buffer.from(unzipSync(bytes)['rows.jsonl']!).equals(Buffer.from(text))).toBe(true);
    const [entry] = centralDirectory(bytes);
    expect(entry).toMatchObject({ method: 8, crc: crc32(text), size: text.length });
    expect(entry!.packed).toBeLessThan(text.length / 3);
  });

  test('an empty entry is a valid deflate stream of nothing', async () => {
    const bytes = await zipOf(newEntry, 'empty.jsonl', [new Uint8Array(0)]);
    expect(unzipSync(bytes)['empty.jsonl']).toEqual(new Uint8Array(0));
    expect(centralDirectory(bytes)[0]).toMatchObject({ method: 8, crc: 0, size: 0 });
  });
});

describe('the backup worker’s deflater', () => {
  test('is WebAssembly at the backup level once it compiles', async () => {
    const entry = (await backupDeflater())('codings.jsonl');
    expect(entry).toBeInstanceOf(WasmDeflateEntry);
  });

  test('falls back on the platform’s deflate when the WebAssembly cannot be compiled, says so once, and its backup still reads', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = () => Promise.reject(new WebAssembly.CompileError('refused by the content security policy'));
    const deflater = await backupDeflater(refused);
    await backupDeflater(refused);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('refused by the content security policy');
    warn.mockRestore();
    expect(deflater('codings.jsonl')).toBeInstanceOf(PlatformDeflateEntry);
    const { bytes, expected } = await streamedEveryKindOfRow({ hasher: createDigestEntryHasher, deflater });
    expect(readProjectFile(bytes)).toEqual(readProjectFile(expected.bytes));
  });
});
