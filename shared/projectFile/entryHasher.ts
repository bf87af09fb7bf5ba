// SHA-256 of an entry fed in pieces, for the writer, which streams a table's rows without ever holding
// the whole entry. The same function as shared/hash/sha256.ts (@noble/hashes), which hashes bytes
// held whole; the reader checks entries with that one.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface EntryHasher {
  update(bytes: Uint8Array): void;
  /** Lower-case hex, as sha256Hex gives. */
  hex(): string;
}

export function createEntryHasher(): EntryHasher {
  const hash = sha256.create();
  return {
    update: (bytes) => void hash.update(bytes),
    hex: () => bytesToHex(hash.digest()),
  };
}
