// A search that respects accents still reads text as a reader does: "é" typed on a keyboard (one code
// point, NFC) is the "é" a PDF or a macOS file stores as "e" and a combining accent (NFD), and a
// Vietnamese letter with two marks is one letter whichever order its marks are stored in. When case is
// ignored, letters that case writes two ways are one, as in every search that ignores case: "STRASSE"
// finds "Straße", "istanbul" finds "İSTANBUL". Accents are still respected: "cafe" is not "café".
import { describe, expect, test } from 'vitest';
import { searchCorpus } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';
import { foldTextWithOffsets } from '../../../shared/search/foldText';
import { composed, foldCase } from '../../../shared/text/searchFold';
import { isCodePointBoundary } from '../../../shared/text/offsets';
import { createRng } from '../../../shared/stats/random';

const query = (pattern: string, over: Partial<CorpusSearchQuery> = {}): CorpusSearchQuery => ({ pattern, mode: 'phrase', caseInsensitive: true, accentInsensitive: false, ...over });

function hits(q: CorpusSearchQuery, text: string): string[] {
  const result = searchCorpus(q, [{ docId: 'a', text }]);
  if (!result.ok) throw new Error(result.message);
  return result.lines.map((line) => text.slice(line.start, line.end));
}

const NFC = 'Le café ouvre.';
const NFD = 'Le cafe\u0301 ouvre.';

describe('a search that respects accents', () => {
  test('finds an accented letter whether the text or the query stores it composed or decomposed', () => {
    for (const caseInsensitive of [true, false]) {
      for (const mode of ['phrase', 'word', 'regex'] as const) {
        const label = `${mode}, case ${caseInsensitive ? 'ignored' : 'respected'}`;
        expect(hits(query('café', { mode, caseInsensitive }), NFD), label).toEqual(['cafe\u0301']);
        expect(hits(query('cafe\u0301', { mode, caseInsensitive }), NFC), label).toEqual(['café']);
        expect(hits(query('café', { mode, caseInsensitive }), NFC), label).toEqual(['café']);
      }
    }
  });

  test('still tells an unaccented letter from an accented one', () => {
    for (const text of [NFC, NFD]) {
      for (const caseInsensitive of [true, false]) expect(hits(query('cafe', { caseInsensitive }), text)).toEqual([]);
    }
  });

  test('finds a letter with two marks stored in either order, and Korean stored as jamo', () => {
    // "ệ" typed is e + dot below + circumflex; a text may hold ê (precomposed) + dot below.
    expect(hits(query('Việt'), 'Tiếng Vie\u0302\u0323t hay')).toEqual(['Vie\u0302\u0323t']);
    const hangul = '한국어';
    expect(hits(query(hangul), `우리는 ${hangul.normalize('NFD')}를`)).toEqual([hangul.normalize('NFD')]);
  });

  test('that ignores case, finds ß as ss and the Turkish i’s as one letter', () => {
    expect(hits(query('STRASSE'), 'Die Straße und die STRAẞE.')).toEqual(['Straße', 'STRAẞE']);
    expect(hits(query('straße'), 'Die STRASSE.')).toEqual(['STRASSE']);
    expect(hits(query('istanbul'), 'İSTANBUL’da')).toEqual(['İSTANBUL']);
    expect(hits(query('Diyarbakir', { mode: 'word' }), 'DİYARBAKIR belediyesi')).toEqual(['DİYARBAKIR']);
    // Case respected: the letters stay as typed.
    expect(hits(query('STRASSE', { caseInsensitive: false }), 'Die Straße.')).toEqual([]);
  });
});

describe('folding a document for a search that respects accents', () => {
  test('gives what folding the whole text gives, each piece mapped to where its letter starts', () => {
    const rng = createRng(11);
    const alphabet = ['a', 'E', ' ', 'é', 'e', '\u0301', '\u0323', '\u0302', 'ê', 'İ', 'ı', 'ß', 'Σ', '😀', '\u00AD', 'ᄒ', '\u1161', '\u11AB', 'Å', '\u212B', 'ﬁ'];
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0; i < 1 + rng.int(12); i++) text += alphabet[rng.int(alphabet.length)];
      for (const [form, fold] of [['original', composed], ['case-folded', foldCase]] as const) {
        const { folded, origin } = foldTextWithOffsets(text, form);
        expect(folded, `${form} ${JSON.stringify(text)}`).toBe(fold(text));
        // Every unit comes from a code-point boundary of the text, in order.
        for (let k = 0; k < folded.length; k++) {
          expect(isCodePointBoundary(text, origin[k]!)).toBe(true);
          if (k > 0) expect(origin[k]!).toBeGreaterThanOrEqual(origin[k - 1]!);
        }
      }
    }
  });
});
