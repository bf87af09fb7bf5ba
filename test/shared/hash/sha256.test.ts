import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../shared/hash/sha256';

describe('sha256Hex', () => {
  test('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('hashes a string as its UTF-8 bytes', () => {
    expect(sha256Hex('État 🎉')).toBe(sha256Hex(new TextEncoder().encode('État 🎉')));
  });
});
