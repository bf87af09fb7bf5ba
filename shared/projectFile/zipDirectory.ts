// A zip's directory (its central directory), read by hand rather than through fflate's unzip, so
// that the reader's caps hold before any entry is listed: fflate's unzip lists as many entries as
// the end record claims, and a ZIP64 end record of a few hundred bytes can claim four billion, all
// "read" past the end of the file (zipEntries.test.ts). Offsets and sizes are checked against the
// file as they are read. Layout: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12
// (central header), 4.3.14 to 4.3.16 (ZIP64 and plain end records), 4.5.3 (ZIP64 extra field).

export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated (4.4.5); the reader refuses any other. */
  method: number;
  /** Bit 0 of the flags (4.4.4): encrypted, which a project file never is. */
  encrypted: boolean;
  /** Bytes the entry takes in the file. */
  packedSize: number;
  /** Bytes it unpacks to, as the directory declares (which a crafted file may lie about). */
  size: number;
  /** Where its packed bytes start in the file. */
  dataStart: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipDirectoryEntry[] }
  | { ok: false; why: 'damaged'; reason: string }
  | { ok: false; why: 'too-many-entries'; count: number };

const END = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const UTF8_NAME = 0x800;

class DamagedZip extends Error {}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  try {
    return readDirectory(bytes, maxEntries);
  } catch (error) {
    if (error instanceof DamagedZip) return { ok: false, why: 'damaged', reason: error.message };
    throw error;
  }
}

function readDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => within(at, 2) && data.getUint16(at, true);
  const u32 = (at: number) => within(at, 4) && data.getUint32(at, true);
  const u64 = (at: number) => {
    if (!within(at, 8)) return 0;
    const value = data.getBigUint64(at, true);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
  };
  function within(at: number, length: number): true {
    if (at < 0 || at + length > bytes.length) throw new DamagedZip('its directory points past the end of the file');
    return true;
  }

  let endAt = -1;
  for (let at = bytes.length - END_SIZE; at >= 0 && at >= bytes.length - END_SIZE - MAX_COMMENT; at--) {
    if (data.getUint32(at, true) === END) {
      endAt = at;
      break;
    }
  }
  if (endAt < 0) throw new DamagedZip('it has no zip directory at its end');
  let count: number = u16(endAt + 10);
  let directoryAt: number = u32(endAt + 16);
  if (endAt >= 20 && data.getUint32(endAt - 20, true) === ZIP64_LOCATOR) {
    const zip64EndAt = u64(endAt - 20 + 8);
    if (u32(zip64EndAt) !== ZIP64_END) throw new DamagedZip('its ZIP64 end record is missing');
    count = u64(zip64EndAt + 32);
    directoryAt = u64(zip64EndAt + 48);
  }
  if (count > maxEntries) return { ok: false, why: 'too-many-entries', count };

  const entries: ZipDirectoryEntry[] = [];
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) throw new DamagedZip('its directory is damaged');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    within(at + 46, nameLength + extraLength + commentLength);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const sizes = zip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), { size: u32(at + 24), packedSize: u32(at + 20), localAt: u32(at + 42) });
    const localAt = sizes.localAt;
    if (u32(localAt) !== LOCAL) throw new DamagedZip('an entry is not where its directory says');
    const dataStart = localAt + 30 + u16(localAt + 26) + u16(localAt + 28);
    within(dataStart, sizes.packedSize);
    entries.push({
      // Names are UTF-8 when flagged so; otherwise read byte for byte, as fflate does (a project
      // file's names are ASCII, and any other name is refused anyway).
      name: flags & UTF8_NAME ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes),
      method: u16(at + 10),
      encrypted: (flags & 1) === 1,
      packedSize: sizes.packedSize,
      size: sizes.size,
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The sizes and offset a central header leaves to its ZIP64 extra field (id 1), in that field's order. */
function zip64Sizes(extra: Uint8Array, header: { size: number; packedSize: number; localAt: number }): { size: number; packedSize: number; localAt: number } {
  const FULL = 0xffff_ffff;
  if (header.size !== FULL && header.packedSize !== FULL && header.localAt !== FULL) return header;
  const data = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length; at += 4 + data.getUint16(at + 2, true)) {
    if (data.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    const next = () => {
      if (field + 8 > extra.length) throw new DamagedZip('an entry\'s ZIP64 sizes are cut short');
      const value = data.getBigUint64(field, true);
      field += 8;
      return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
    };
    const size = header.size === FULL ? next() : header.size;
    const packedSize = header.packedSize === FULL ? next() : header.packedSize;
    const localAt = header.localAt === FULL ? next() : header.localAt;
    return { size, packedSize, localAt };
  }
  throw new DamagedZip('an entry\'s ZIP64 sizes are missing');
}
