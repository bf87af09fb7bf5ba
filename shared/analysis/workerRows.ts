// The rows handed to the analysis worker, packed so that copying them (a structured clone) is cheap.
// Measured at issue 10's scale (100,000 codings), the codings as objects took about 170 ms to clone
// and most of that was per-object work and the quotes: every analysis slices a passage from the
// document's text (retrievePassages) and reads a coding's quote only when the text is missing. So the
// codings travel as columns: their ids in one string, the document, code and coder of each as a
// number into a short list, start and end as typed arrays, and the quote, prefix and suffix only for
// codings whose document has no text. The worker unpacks them (about 15 ms) into plain records with
// the fields an analysis reads (createdAt and blind are not among them: empty and absent there).
import type { CodingRecord } from '../model';
import type { ProjectRows, TextLookup } from './analysisIndex';

export interface PackedCodings {
  /** The codings' ids joined by "\n" (an id is a UUID or a REFI-QDA GUID: never a line break). */
  ids: string;
  docs: string[];
  codes: string[];
  coders: string[];
  doc: Int32Array;
  code: Int32Array;
  coder: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Quote, prefix and suffix of the codings whose document's text the worker does not have, by position. */
  quoted: Array<[number, string, string, string]>;
}

export interface PackedRows {
  rows: Omit<ProjectRows, 'codings'>;
  codings: PackedCodings;
}

export function packRows(rows: ProjectRows, texts: TextLookup): PackedRows {
  const hasText = typeof texts === 'function' ? (docId: string) => texts(docId) !== undefined : (docId: string) => texts.has(docId);
  const n = rows.codings.length;
  const ids = new Array<string>(n);
  const packed: PackedCodings = { ids: '', docs: [], codes: [], coders: [], doc: new Int32Array(n), code: new Int32Array(n), coder: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n), quoted: [] };
  const docs = numbering(packed.docs);
  const codes = numbering(packed.codes);
  const coders = numbering(packed.coders);
  rows.codings.forEach((coding, i) => {
    ids[i] = coding.id;
    packed.doc[i] = docs(coding.docId);
    packed.code[i] = codes(coding.codeId);
    packed.coder[i] = coders(coding.coderId);
    packed.start[i] = coding.start;
    packed.end[i] = coding.end;
    if (!hasText(coding.docId)) packed.quoted.push([i, coding.quote, coding.prefix, coding.suffix]);
  });
  packed.ids = ids.join('\n');
  const { codings: _codings, ...rest } = rows;
  return { rows: rest, codings: packed };
}

export function unpackRows({ rows, codings: c }: PackedRows): ProjectRows {
  const ids = c.ids === '' ? [] : c.ids.split('\n');
  const codings = ids.map(
    (id, i): CodingRecord => ({ id, docId: c.docs[c.doc[i]!]!, codeId: c.codes[c.code[i]!]!, start: c.start[i]!, end: c.end[i]!, quote: '', prefix: '', suffix: '', coderId: c.coders[c.coder[i]!]!, createdAt: '' }),
  );
  for (const [i, quote, prefix, suffix] of c.quoted) Object.assign(codings[i]!, { quote, prefix, suffix });
  return { ...rows, codings };
}

/** The transferable buffers of `packed`: handed over to the worker rather than copied. */
export function packedBuffers(packed: PackedRows): ArrayBuffer[] {
  const { doc, code, coder, start, end } = packed.codings;
  return [doc, code, coder, start, end].map((array) => array.buffer as ArrayBuffer);
}

/** A function giving each distinct value its position in `list`, adding it there the first time. */
function numbering(list: string[]): (value: string) => number {
  const positions = new Map<string, number>();
  return (value) => {
    let position = positions.get(value);
    if (position === undefined) {
      position = list.length;
      positions.set(value, position);
      list.push(value);
    }
    return position;
  };
}
