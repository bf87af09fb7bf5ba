// What an analysis works out from a document's text alone (its folded form for "text contains", its
// paragraphs, its word runs, its character index) kept from one load of the rows to the next while the
// text stays the same. A coding changes the rows, not the texts, and the worker indexes every load
// afresh (analysisWork.ts): without this, each coding made Compare index the characters of every text
// again (0.1–0.2 s per 150,000 words of emoji or an Indic script) and "text contains" fold them again.
import { characterIndex, type CharacterIndex } from '../text/characterIndex';
import { wordRuns } from '../text/words';
import { foldPhrase } from '../search/phraseFold';
import { paragraphIndex, type ParagraphIndex } from './paragraphIndex';

interface Facts {
  /** The text these facts are of: a later load's text is compared with it before they serve it. */
  text: string;
  folded?: string;
  paragraphs?: ParagraphIndex;
  wordRuns?: Int32Array;
  characters?: CharacterIndex;
}

export interface TextFacts {
  folded(docId: string, text: string): string;
  paragraphs(docId: string, text: string): ParagraphIndex;
  wordRuns(docId: string, text: string): Int32Array;
  characters(docId: string, text: string): CharacterIndex;
  /**
   * Forgets the facts of documents gone or whose text changed (`textOf` gives undefined or another
   * text): a session of switching projects would otherwise hold the facts of every text it met.
   */
  keepOnly(textOf: (docId: string) => string | undefined): void;
}

export function createTextFacts(): TextFacts {
  const byDoc = new Map<string, Facts>();
  const factsOf = (docId: string, text: string): Facts => {
    let facts = byDoc.get(docId);
    if (!facts || facts.text !== text) byDoc.set(docId, (facts = { text }));
    // Equal, but perhaps another string (a worker's texts are copies): keep the newer, so that the
    // next comparison is by identity.
    else facts.text = text;
    return facts;
  };
  return {
    folded: (docId, text) => {
      const facts = factsOf(docId, text);
      return (facts.folded ??= foldPhrase(text));
    },
    paragraphs: (docId, text) => {
      const facts = factsOf(docId, text);
      return (facts.paragraphs ??= paragraphIndex(text));
    },
    wordRuns: (docId, text) => {
      const facts = factsOf(docId, text);
      return (facts.wordRuns ??= wordRuns(text));
    },
    characters: (docId, text) => {
      const facts = factsOf(docId, text);
      return (facts.characters ??= characterIndex(text));
    },
    keepOnly: (textOf) => {
      for (const [docId, facts] of byDoc) {
        const text = textOf(docId);
        if (text === undefined || text !== facts.text) byDoc.delete(docId);
        else facts.text = text;
      }
    },
  };
}
