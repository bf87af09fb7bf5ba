// The synthetic project of issue 10's performance goals: 1,000 documents of about 800 words (three
// values of `leaning`), 100,000 codings of 20 codes (4 parents with 4 subcodes each; `criticism` gets
// an eighth of them) by 3 coders, and two sets, the right-leaning documents and the rest (for
// distinctive words of right against the rest). Seeded, so every run and every benchmark (Node:
// analysisCore.bench.ts; Chromium: analysis.bench.ts) builds the same rows.
import type { ProjectRows } from '../../shared/analysis/analysisIndex';
import type { CodeRecord, CodingRecord, DocumentRecord } from '../../shared/model';
import { createRng } from '../../shared/stats/random';
import { countWords } from '../../shared/text/words';

export interface AnalysisScale {
  docs: number;
  words: number;
  codings: number;
}

export const ANALYSIS_SCALE: AnalysisScale = { docs: 1000, words: 800, codings: 100_000 };

/**
 * The code with the most passages (more than 10,000 at the full scale). Not named "criticism": a new
 * project's codebook has one, and the places list codes by name.
 */
export const CRITICISM = { id: 'code-1', name: 'synthetic criticism' };
/** The two sets' names. */
export const RIGHT_SET = 'right';
export const REST_SET = 'left and center';

export function makeAnalysisProject(scale: AnalysisScale = ANALYSIS_SCALE): { rows: ProjectRows; texts: Map<string, string> } {
  const { docs: DOCS, words: WORDS, codings: CODINGS } = scale;
  const rng = createRng(10);
  // A Zipf-like vocabulary: a few words very common, most rare, some with accents.
  const stems = ['crime', 'police', 'reform', 'jail', 'bail', 'victim', 'office', 'district', 'attorney', 'policy', 'voters', 'court', 'prosecutor', 'café', 'naïve', 'décor', 'record', 'homicide', 'drug', 'charge'];
  const vocabulary: string[] = ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it', 'with', 'as', 'his', 'on', 'be', 'at', 'by', 'said'];
  for (let i = 0; vocabulary.length < 4000; i++) vocabulary.push(`${stems[i % stems.length]}${i < stems.length ? '' : String.fromCharCode(97 + (i % 26)) + Math.floor(i / 26)}`);
  const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.pow(rng.next(), 3) * vocabulary.length))]!;
  const texts = new Map<string, string>();
  const documents: DocumentRecord[] = [];
  for (let d = 0; d < DOCS; d++) {
    const paragraphs: string[] = [];
    let words = 0;
    while (words < WORDS) {
      const sentences: string[] = [];
      for (let s = 0; s < 4 && words < WORDS; s++) {
        const n = 12 + rng.int(16);
        const ws = Array.from({ length: n }, word);
        ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
        sentences.push(`${ws.join(' ')}.`);
        words += n;
      }
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n');
    const id = `doc-${String(d).padStart(4, '0')}`;
    texts.set(id, text);
    documents.push({
      id, title: `Document ${d}`, format: 'txt', fileName: `${id}.txt`, storedName: '', sha256: `synthetic-${id}`, order: d, importedAt: '', length: text.length, words: countWords(text),
      extraction: {}, author: '', date: `${2015 + (d % 8)}`, source: `Outlet ${d % 12}`, url: '', attributes: { leaning: ['left', 'center', 'right'][d % 3]! },
    });
  }
  // 20 codes: 4 parents with 4 subcodes each. Code 1 ("criticism") gets an eighth of the codings, so
  // that it has more than 10,000 passages.
  const codes: CodeRecord[] = [];
  for (let p = 0; p < 4; p++) {
    codes.push({ id: `code-${p * 5}`, name: p === 0 ? 'framing' : `parent ${p}`, color: '#000000', parentId: null, order: p, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
    for (let c = 1; c < 5; c++) codes.push({ id: `code-${p * 5 + c}`, name: p === 0 && c === 1 ? CRITICISM.name : `code ${p * 5 + c}`, color: '#000000', parentId: `code-${p * 5}`, order: c, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
  }
  const codings: CodingRecord[] = [];
  for (let i = 0; i < CODINGS; i++) {
    const doc = documents[i % DOCS]!;
    const text = texts.get(doc.id)!;
    let start = rng.int(Math.max(1, text.length - 400));
    while (start > 0 && text[start - 1] !== ' ') start--;
    let end = Math.min(text.length, start + 40 + rng.int(300));
    while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
    const codeIndex = rng.next() < 0.125 ? 1 : rng.int(20);
    codings.push({ id: `coding-${i}`, docId: doc.id, codeId: `code-${codeIndex}`, start, end, quote: text.slice(start, end), prefix: '', suffix: '', coderId: `coder-${rng.int(3)}`, createdAt: '' });
  }
  const right = documents.filter((doc) => doc.attributes.leaning === 'right').map((doc) => doc.id);
  const rest = documents.filter((doc) => doc.attributes.leaning !== 'right').map((doc) => doc.id);
  const rows: ProjectRows = {
    documents, codes, codings,
    sets: [
      { id: 'set-right', name: RIGHT_SET, docIds: right, createdAt: '' },
      { id: 'set-rest', name: REST_SET, docIds: rest, createdAt: '' },
    ],
    coders: [0, 1, 2].map((k) => ({ id: `coder-${k}`, name: `Coder ${k}`, color: '#000000' })),
    memos: [],
  };
  return { rows, texts };
}
