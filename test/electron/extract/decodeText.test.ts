import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../electron/extract/decodeText';

const encode = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

describe('decoding plain text', () => {
  test('UTF-8 without BOM', () => {
    expect(decodeText(encode('Zürich 😀'))).toEqual({ text: 'Zürich 😀', encoding: 'UTF-8' });
  });

  test('UTF-8 with BOM: the BOM is not part of the text', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('Zürich')]))).toEqual({ text: 'Zürich', encoding: 'UTF-8 (with BOM)' });
  });

  test('UTF-16 little- and big-endian with BOM, astral characters included', () => {
    expect(decodeText(utf16('Ça va 😀', 'le'))).toEqual({ text: 'Ça va 😀', encoding: 'UTF-16 LE' });
    expect(decodeText(utf16('Ça va 😀', 'be'))).toEqual({ text: 'Ça va 😀', encoding: 'UTF-16 BE' });
  });

  test('legacy Windows-1252 text is recognised: curly quotes, euro sign, accents', () => {
    // “Café” costs €5 — in Windows-1252.
    const bytes = Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35]);
    expect(decodeText(bytes)).toEqual({ text: '“Café” costs €5', encoding: 'Windows-1252' });
  });

  test('UTF-16 without a byte-order mark gets advice rather than "binary"', () => {
    const bytes = utf16('Plain English text here', 'le').subarray(2);
    expect(() => decodeText(bytes)).toThrow(/UTF-16 text without a byte-order mark/);
  });

  test('control characters mark a binary file even without NUL bytes', () => {
    expect(() => decodeText(Uint8Array.from([0x41, 0x01, 0x02, 0x03, 0x42]))).toThrow(/not a text file/);
  });
});
