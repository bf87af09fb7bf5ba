import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../../electron/extract/decodeText';
import type { DecodedText } from '../../../electron/extract/extracted';
import { UnreadableFileError } from '../../../electron/extract/unreadableFileError';

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

/** The text as a legacy editor would save it in `encoding`, then read back; a refusal gives its reason. */
function roundTrip(text: string, encoding: string): DecodedText | string {
  try {
    return decodeText(iconv.encode(text, encoding));
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    return (error as Error).message;
  }
}

describe('legacy 8-bit encodings: the right letters or a refusal, never mojibake', () => {
  test.each([
    ['Cyrillic Windows-1251', 'Привет, мир.', 'cp1251'],
    ['Cyrillic KOI8-R', 'Привет, мир.', 'koi8-r'],
    ['a Windows-1251 CSV header', 'Имя,Возраст,Город\nИван,30,Москва\n', 'cp1251'],
    ['Polish Windows-1250', 'Zażółć gęślą jaźń', 'cp1250'],
    ['Polish Windows-1250 with only Ł and ł', 'Wywiad przeprowadzono w Łodzi. Uczestnik opowiadał o swojej pracy.', 'cp1250'],
    ['Polish Windows-1250, a sentence', 'Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig.', 'cp1250'],
    ['Greek Windows-1253', 'Καλημέρα κόσμε', 'cp1253'],
    ['Turkish Windows-1254', 'Görüşme: İstanbul', 'cp1254'],
    ['Turkish Windows-1254, a sentence', 'Görüşme notları: İstanbul’da yapılan görüşmede katılımcılar şunları söyledi.', 'cp1254'],
    ['Mac Roman', 'café', 'macintosh'],
    ['Mac Roman, a sentence', 'Le café était très bon, même si le garçon était pressé.', 'macintosh'],
    ['Hebrew Windows-1255', 'שלום עולם', 'cp1255'],
    ['Arabic Windows-1256', 'مرحبا بالعالم', 'cp1256'],
  ])('%s', (_, text, encoding) => {
    const result = roundTrip(text, encoding);
    if (typeof result === 'string') {
      expect(result).toMatch(/^its encoding cannot be told with confidence: .* save it as UTF-8/u);
    } else {
      expect(result.text).toBe(text);
      // The info names the encoding the text was read in.
      expect(result.encoding).not.toBe('Windows-1252');
    }
  });

  test('Cyrillic text that the detector is sure of is read in its encoding, and the info says which', () => {
    expect(roundTrip('Привет, мир.', 'cp1251')).toEqual({ text: 'Привет, мир.', encoding: 'Windows-1251 (detected)' });
    expect(roundTrip('Привет, мир.', 'koi8-r')).toEqual({ text: 'Привет, мир.', encoding: 'KOI8-R (detected)' });
  });

  test.each([
    '“Café” costs €5',
    'Zürich',
    'Café',
    'Ça va',
    'Ça va très bien, merci. À bientôt !',
    'Größe und Übermaß: schön — „ja“, sagte sie.',
    'El niño comió piña en España. ¿Qué tal? ¡Olé!',
    'O coração da região não é só São Paulo.',
    'Perché è così? Più tardi, città.',
    'Smörgåsbord på Göteborg; blåbær og rødgrød.',
    'Le cœur a ses raisons… « Noël » — 12 € ™',
    'word—word and don’t; 20°C, §4, ½ price, naïve façade',
  ])('Western European Windows-1252 still reads exactly: %s', (text) => {
    expect(roundTrip(text, 'cp1252')).toEqual({ text, encoding: 'Windows-1252' });
  });
});

describe('control characters and other Unicode forms', () => {
  test('UTF-32 with a byte-order mark is read, and the info says so', () => {
    expect(decodeText(iconv.encode('Ça va 😀', 'utf32le', { addBOM: true }))).toEqual({ text: 'Ça va 😀', encoding: 'UTF-32 LE' });
    expect(decodeText(iconv.encode('Ça va 😀', 'utf32be', { addBOM: true }))).toEqual({ text: 'Ça va 😀', encoding: 'UTF-32 BE' });
  });

  test('NUL and control characters are refused after a byte-order mark too', () => {
    expect(() => decodeText(utf16('Te\u0000xt', 'le'))).toThrow(/not a text file/);
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('Te\u0001xt')]))).toThrow(/not a text file/);
    expect(() => decodeText(iconv.encode('Te\u0000xt', 'utf32be', { addBOM: true }))).toThrow(/not a text file/);
  });

  test('Cyrillic UTF-16 without a byte-order mark gets advice rather than "binary"', () => {
    expect(() => decodeText(utf16('Привет, мир. Как дела?', 'le').subarray(2))).toThrow(/UTF-16 text without a byte-order mark/);
    expect(() => decodeText(utf16('Привет, мир. Как дела?', 'be').subarray(2))).toThrow(/UTF-16 text without a byte-order mark/);
  });

  test('Chinese and Japanese UTF-16 without a byte-order mark (no zero bytes at all) get the UTF-16 advice, not "binary"', () => {
    const text = '研究者の文書です。これはテストです。';
    expect(() => decodeText(utf16(text, 'le').subarray(2))).toThrow(/UTF-16 text without a byte-order mark/);
    expect(() => decodeText(utf16(text, 'be').subarray(2))).toThrow(/UTF-16 text without a byte-order mark/);
  });
});
