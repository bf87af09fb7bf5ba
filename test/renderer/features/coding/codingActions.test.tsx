// @vitest-environment jsdom
// The coding screen's actions (features/coding/useCodingActions.ts) over a real project database: what
// they refuse and what they write, as a key press or a palette choice makes them.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { CodeRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { createCode } from '../../../../renderer/db/codes';
import { applyCode, codingsOfDocument } from '../../../../renderer/db/codings';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';
import { statusLine } from '../codebook/codebookHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';
import { useCodingActions } from '../../../../renderer/features/coding/useCodingActions';
import { documentCodingsOf } from '../../../../renderer/features/coding/documentCodingsStore';

const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent.';
let db: ProjectDatabase;
let view: Screen;
let pledge: CodeRecord;
let actions: ReturnType<typeof useCodingActions>;

function Actions({ docId }: { docId: string }) {
  // As the coding screen checks a key press: against the document's codings as shown at that moment.
  actions = useCodingActions(docId, TEXT, () => documentCodingsOf(db, docId).codings() ?? []);
  return null;
}

beforeEach(async () => {
  db = await freshProject();
  await db.documents.add({ id: 'd1' } as never);
  pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  project.value = projectValue(db);
  view = screen();
  await view.render(
    <AnnouncerProvider>
      <CoderViewProvider>
        <Actions docId="d1" />
      </CoderViewProvider>
      <StatusBar />
    </AnnouncerProvider>,
  );
});
afterEach(async () => {
  await view.unmount();
  await db.delete();
});

test('a code applied before the document’s codings have been read does not code a passage twice', async () => {
  await applyCode(db, TEXT, { docId: 'd1', codeId: pledge.id, start: 0, end: 7, coderId: KIM.id }, pledge.name);
  // The document has just opened: its codings are being read as the researcher presses the key.
  const stop = documentCodingsOf(db, 'd1').subscribe(() => {});
  try {
    await actions.applyCode(pledge, { start: 0, end: 7 });
    await settle();
    expect(await codingsOfDocument(db, 'd1')).toHaveLength(1);
    expect(statusLine()).toContain('already coded “pledge”');
  } finally {
    stop();
  }
});

test('the same code pressed twice at once on one passage codes it once; another coder’s coding of it is kept beside', async () => {
  await applyCode(db, TEXT, { docId: 'd1', codeId: pledge.id, start: 0, end: 7, coderId: 'lee' }, pledge.name);
  const stop = documentCodingsOf(db, 'd1').subscribe(() => {});
  try {
    await documentCodingsOf(db, 'd1').settled();
    await Promise.all([actions.applyCode(pledge, { start: 0, end: 7 }), actions.applyCode(pledge, { start: 0, end: 7 })]);
    await settle();
    expect((await codingsOfDocument(db, 'd1')).map((c) => c.coderId).sort()).toEqual(['kim', 'lee']);
  } finally {
    stop();
  }
});
