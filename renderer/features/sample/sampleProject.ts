// The sample project offered on first start: a few short texts written for Framewise (in
// resources/sample), with their attributes and some passages already coded, so that a new user sees
// the main job at once. It is built through the same functions an import and the coding screen use,
// and, like an import, not logged: the project starts with it.
import type { AttributeValue } from '../../../shared/model';
import { toCanonicalText } from '../../../shared/text/canonical';
import { sha256Hex } from '../../../shared/hash/sha256';
import { joinChanges } from '../../../shared/changes/change';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import sample from '../../../resources/sample/sample.json';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { addDefaultCodebook } from '../../db/codes';
import { addImportedDocuments } from '../../db/documents';
import { commitChange } from '../../db/changes';
import { liveMinting } from '../../db/ids';

const texts = import.meta.glob<string>('../../../resources/sample/*.txt', { query: '?raw', import: 'default', eager: true });

export const SAMPLE_PROJECT_NAME = sample.projectName;

interface SampleDocument {
  file: string;
  title: string;
  attributes: Record<string, AttributeValue>;
  codings: Array<{ code: string; quote: string }>;
}

export async function fillSampleProject(db: ProjectDatabase, coderId: string): Promise<void> {
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
      attributes: doc.attributes,
    })),
  );
  const minting = liveMinting();
  const codings = prepared.flatMap(({ doc, text }, i) =>
    doc.codings.map(({ code, quote }) => {
      const start = text.indexOf(quote);
      const codeId = codeIdByName.get(code);
      if (start < 0 || !codeId) throw new Error(`sample coding “${quote}” (${code}) does not match ${doc.file}`);
      return applyCodeChange(text, { docId: records[i]!.id, codeId, start, end: start + quote.length, coderId }, code, minting);
    }),
  );
  await commitChange(db, joinChanges('Sample codings', codings), { log: false });
}
