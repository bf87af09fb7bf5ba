// A project of one document coded by Ana and Ben, for the tests of settling their disagreements
// (adjudication.test.tsx, consensusCoder.test.tsx), and the list of them drawn as the Agreement place
// draws it. The test file mocks ProjectContext (its `project` holder is passed in here) before this
// module's imports run: vi.mock is hoisted above every import of the file.
import { afterEach, beforeEach, expect } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { loadAgreementData } from '../../../../renderer/db/agreementData';
import { ensureCoder } from '../../../../renderer/db/coders';
import { createCode } from '../../../../renderer/db/codes';
import { applyCode } from '../../../../renderer/db/codings';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import type { CodeRecord, DocumentRecord } from '../../../../shared/model';
import { computeAgreement } from '../../../../renderer/features/agreement/agreementWork';
import { Adjudication } from '../../../../renderer/features/agreement/Adjudication';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { MemoNavigationProvider } from '../../../../renderer/features/memos/MemoNavigation';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria calls when a filter's dropdown opens: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

export const TEXT = 'The mayor promised jobs. Critics called it a stunt. The budget is short by a third.';
export const ANA = { id: 'ana', name: 'Ana', color: '#ff7f0e' };
export const BEN = { id: 'ben', name: 'Ben', color: '#2ca02c' };

export interface AdjudicationProject {
  db: ProjectDatabase;
  /** The document's text: TEXT unless the test gave another. */
  text: string;
  view: Screen;
  doc: DocumentRecord;
  pledge: CodeRecord;
  conflict: CodeRecord;
}

/** A fresh project for each test (Kim, Ana and Ben; the codes pledge and conflict; one document, “Courier”), the screen it is drawn on. */
export function adjudicationProject(project: { value: unknown }, text = TEXT): AdjudicationProject {
  const current = { text } as AdjudicationProject;
  beforeEach(async () => {
    current.db = await freshProject();
    [current.doc] = (await addImportedDocuments(current.db, [importedDocument('Courier', { text })])) as [DocumentRecord];
    for (const coder of [KIM, ANA, BEN]) await ensureCoder(current.db, coder);
    current.pledge = await createCode(current.db, { name: 'pledge', parentId: null }, KIM.id);
    current.conflict = await createCode(current.db, { name: 'conflict', parentId: null }, KIM.id);
    project.value = projectValue(current.db);
    current.view = screen();
  });
  afterEach(async () => {
    await current.view.unmount();
    current.db.close();
  });
  return current;
}

/** `quote` of the text coded with `codeRecord` by the coder. */
export async function codeQuote({ db, doc, text }: AdjudicationProject, coderId: string, codeRecord: CodeRecord, quote: string): Promise<void> {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(await applyCode(db, text, { docId: doc.id, codeId: codeRecord.id, start, end: start + quote.length, coderId }, codeRecord.name)).toBe('done');
}

/** The disagreements between Ana and Ben as the Agreement place computes them. */
export async function disagreementsOfAnaAndBen({ db }: AdjudicationProject) {
  const data = await loadAgreementData(db, { coderIds: [ANA.id, BEN.id], codeIds: null, documents: EMPTY_DOCUMENT_FILTER, withText: true, groupBy: null });
  return { data, result: computeAgreement({ input: data.input, options: { unit: 'characters', bootstrap: null }, consensusCoderId: null, disagreements: true }) };
}

/** Those disagreements, drawn as the Agreement place draws its list, with the status line. */
export async function showDisagreements(p: AdjudicationProject) {
  const { data, result } = await disagreementsOfAnaAndBen(p);
  await p.view.render(
    <AnnouncerProvider>
      <StatusBar />
      <MemoNavigationProvider openDocument={() => {}}>
        <Adjudication disagreements={result.disagreements} listed={result.listed} agreed={result.agreed} input={{ coders: data.input.coders, codes: [p.pledge, p.conflict] }} />
      </MemoNavigationProvider>
    </AnnouncerProvider>,
  );
  await settle();
  return result;
}
