// SHA-256, the one content hash of the project: the library names originals by it, project files
// and backups check every entry by it, merges match documents by their text's hash, and agreement
// reports name the codebook's version by it. Synchronous and pure (@noble/hashes, audited, no
// WebCrypto), so it runs the same in the window, in a worker, in main and under Node's tests.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}
