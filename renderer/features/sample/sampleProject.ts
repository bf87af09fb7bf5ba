// The sample project offered on first start: a few short texts written for Framewise (in
// resources/sample), with their attributes and bibliographic facts, some passages already coded, a
// memo on the project and one on a coding, a set of documents, and a second coder who coded one text
// too, so that a new user sees the main job, and Agreement and Compare, at once. It is built through
// the same changes an import, the coding screen, the memo panel and the sets panel use, and, like an
// import, not logged: the project starts with it.
import type { AttributeValue, CoderRecord, DocumentMetadata } from '../../../shared/model';
import { toCanonicalText } from '../../../shared/text/canonical';
import { sha256Hex } from '../../../shared/hash/sha256';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { joinChanges, type Change } from '../../../shared/changes/change';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { writeMemoChange } from '../../../shared/changes/memoChanges';
import { createSetChange } from '../../../shared/changes/setChanges';
import { recordCoderChange } from '../../../shared/changes/coderChanges';
import { unusedCoderColor } from '../../../shared/coders/coderColors';
import sample from '../../../resources/sample/sample.json';
import { PROJECT_DB_PREFIX, type ProjectDatabase } from '../../db/projectDatabase';
import { addDefaultCodebook } from '../../db/codes';
import { addImportedDocuments } from '../../db/documents';
import { commitChange } from '../../db/changes';
import { liveMinting } from '../../db/ids';

const texts = import.meta.glob<string>('../../../resources/sample/*.txt', { query: '?raw', import: 'default', eager: true });

export const SAMPLE_PROJECT_NAME = sample.projectName;

interface SampleCoding {
  code: string;
  /** The coded words, found at their only place in the text. */
  quote: string;
  /** The fictional second coder's coding; otherwise the researcher's. */
  by?: 'second coder';
  /** The researcher's memo on this coding. */
  memo?: string;
}

interface SampleDocument {
  file: string;
  title: string;
  metadata: Partial<DocumentMetadata>;
  attributes: Record<string, AttributeValue>;
  codings: SampleCoding[];
}

/**
 * Fills a new project with the sample. `coderId` is the researcher's, who has made the codings and
 * memos not marked as the second coder's; `coderColor` is theirs, which the second coder must not share.
 */
export async function fillSampleProject(db: ProjectDatabase, coderId: string, coderColor: string): Promise<void> {
  const codes = await addDefaultCodebook(db);
  const codeIdByName = new Map(codes.map((code) => [code.name, code.id]));
  const documents = sample.documents as SampleDocument[];
  const prepared = documents.map((doc) => {
    const raw = texts[`../../../resources/sample/${doc.file}`];
    if (raw === undefined) throw new Error(`sample text ${doc.file} is missing from resources/sample`);
    const text = toCanonicalText(raw);
    return { doc, text, sha256: sha256Hex(text) };
  });
  const records = await addImportedDocuments(
    db,
    prepared.map(({ doc, text, sha256 }) => ({
      fileName: doc.file,
      path: '',
      sha256,
      storedName: '',
      format: 'txt' as const,
      title: doc.title,
      text,
      extraction: { encoding: 'UTF-8', origin: 'Framewise sample' },
      metadata: doc.metadata,
      attributes: doc.attributes,
    })),
  );
  const minting = liveMinting();
  // The fictional second coder is one person in every sample, whoever's computer made it: with an id of
  // its own each time, two researchers who merge their samples' work would find two Jordans (a merge
  // of Framewise files knows coders by id), and the same codings of theirs twice.
  const secondCoder: CoderRecord = { id: sample.secondCoder.id, name: sample.secondCoder.name, color: unusedCoderColor([coderColor]) };
  const changes: Change[] = [recordCoderChange(undefined, secondCoder)!];
  for (const [i, { doc, text }] of prepared.entries()) {
    for (const { code, quote, by, memo } of doc.codings) {
      const start = text.indexOf(quote);
      const codeId = codeIdByName.get(code);
      if (start < 0 || text.includes(quote, start + 1) || !codeId) throw new Error(`sample coding “${quote}” (${code}) does not match ${doc.file} once`);
      const id = minting.newId();
      const author = by === 'second coder' ? secondCoder.id : coderId;
      changes.push(applyCodeChange(text, { id, docId: records[i]!.id, codeId, start, end: start + quote.length, coderId: author }, code, minting));
      if (memo) changes.push(memoChange({ targetType: 'coding', targetId: id }, author, memo, `a coding of “${code}”`));
    }
  }
  const docIdByFile = new Map(prepared.map(({ doc }, i) => [doc.file, records[i]!.id]));
  for (const set of sample.sets) changes.push(createSetChange(set.name, set.files.map((file) => docIdByFile.get(file)!), minting));
  changes.push(memoChange({ targetType: 'project', targetId: db.name.slice(PROJECT_DB_PREFIX.length) }, coderId, sample.projectMemo, 'the project'));
  await commitChange(db, joinChanges('Sample codings, memos and set', changes), { log: false });

  function memoChange(target: Parameters<typeof writeMemoChange>[1], author: string, text: string, describe: string): Change {
    return writeMemoChange(undefined, target, author, { body: plainTextToMemoBody(text), text }, describe, minting)!;
  }
}
