// SHA-256 of an entry fed in pieces, for the writer, which streams a table's rows without ever holding
// the whole entry. Two kinds: `createEntryHasher`, synchronous (@noble/hashes, the same function as
// shared/hash/sha256.ts), which hashes each piece as it comes; and `createDigestEntryHasher`, which
// keeps the pieces and hashes them whole with WebCrypto when the entry is closed (WebCrypto has no
// incremental digest): ten times faster, for the backup worker, at the cost of holding one entry's
// bytes (one table's JSON lines) until it is closed.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { concatBytes } from '../bytes/concatBytes';
import { digestSha256Hex } from '../hash/digestSha256';

export interface EntryHasher {
  update(bytes: Uint8Array): void;
  /** Lower-case hex, as sha256Hex gives; a promise from the WebCrypto hasher. */
  hex(): string | Promise<string>;
}

export type EntryHasherFactory = () => EntryHasher;

export function createEntryHasher(): EntryHasher {
  const hash = sha256.create();
  return {
    update: (bytes) => void hash.update(bytes),
    hex: () => bytesToHex(hash.digest()),
  };
}

export function createDigestEntryHasher(): EntryHasher {
  let pieces: Uint8Array[] = [];
  return {
    update: (bytes) => void pieces.push(bytes),
    hex: () => {
      const whole = pieces.length === 1 ? pieces[0]! : concatBytes(pieces);
      pieces = [];
      return digestSha256Hex(whole);
    },
  };
}
