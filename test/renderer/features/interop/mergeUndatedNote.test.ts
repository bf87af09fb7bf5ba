// A researcher merges a colleague's .qdpx from another tool into the project. The tool wrote the
// colleague's note without dates, as many do: the note must not replace the researcher's own memo
// for having been read today.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { readProjectRows } from '../../../../renderer/db/projectRows';
import { mergeIntoProject, previewMerge } from '../../../../renderer/features/interop/applyIncoming';
import { readQdpx, type IncomingProject, type SourceFiles } from '../../../../renderer/features/interop/incomingProject';
import { freshProject } from '../../db/projectDb';
import { ANA, ECONOMY, FRAMING, MEMOS, PROJECT_ID, packQdpx, qde, roundTripProject, uuid } from '../../../shared/interop/refiFixtures';

const CODE_MEMO = MEMOS.find((m) => m.targetType === 'code')!;
const NOTE = uuid('undated:note');
const noFiles: SourceFiles = {
  extractText: () => Promise.reject(new Error('no originals in this file')),
  readLinked: () => Promise.reject(new Error('no linked files in this file')),
};

let db: ProjectDatabase;

beforeEach(async () => {
  db = await freshProject();
  const start: IncomingProject = { fileName: 'start.framewise', kind: 'framewise', name: 'Riverton', origin: 'Framewise 0.1.0', rows: roundTripProject(), originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
  await mergeIntoProject(db, start, await previewMerge(db, PROJECT_ID, start), ANA.id, async () => true, 'Imported start.framewise');
});
afterEach(async () => {
  await db.delete();
});

test('an undated note from another tool does not replace the project’s memo on the same code', async () => {
  const xml = qde(
    `<Users><User guid="${ANA.id}" name="Ana"/></Users>` +
      `<CodeBook><Codes><Code guid="${FRAMING.id}" name="Framing" isCodable="true" color="${FRAMING.color}"><Code guid="${ECONOMY.id}" name="Economy" isCodable="true" color="${ECONOMY.color}"><NoteRef targetGUID="${NOTE}"/></Code></Code></Codes></CodeBook>` +
      `<Notes><Note guid="${NOTE}" name="Economy" creatingUser="${ANA.id}"><PlainTextContent>Words written in another tool.</PlainTextContent></Note></Notes>`,
    'MAXQDA 24',
  );
  const read = await readQdpx(packQdpx(xml), { fileName: 'ana.qdpx', path: '/data/ana.qdpx', projectId: PROJECT_ID, coder: ANA }, noFiles);
  if (!read.ok) throw new Error(read.reason);
  const preview = await previewMerge(db, PROJECT_ID, read.project);
  expect(preview.plan.update.memos).toEqual([]);
  expect(preview.plan.conflicts.map((c) => c.detail)).toEqual(['Ana’s memo on code “Economy” differs: last edited 2026-01-05 here; the file’s has no date, so the project’s is kept']);
  await mergeIntoProject(db, read.project, preview, ANA.id, async () => true);
  expect((await readProjectRows(db)).memos.find((m) => m.id === CODE_MEMO.id)).toEqual(CODE_MEMO);
});
