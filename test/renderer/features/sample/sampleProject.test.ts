// The sample project a new researcher opens first: its codings sit on the very words they claim, and
// it shows, already in use, each thing the researcher will need: codes with definitions, coded
// passages, memos, attributes of several types, bibliographic facts, a set, and a second coder whose
// codings on the same text can be compared with the researcher's own.
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_DB_PREFIX, type ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { fillSampleProject } from '../../../../renderer/features/sample/sampleProject';
import { CODER_COLORS } from '../../../../shared/coders/coderColors';
import { freshProject } from '../../db/projectDb';

const ME = '8d0c6a8e-6c55-4a5e-9d3f-2a7f3f0b9a11';
let db: ProjectDatabase;
beforeAll(async () => {
  db = await freshProject();
  await fillSampleProject(db, ME, CODER_COLORS[0]!);
});

const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

describe('the sample project', () => {
  test('every coding covers exactly the words it quotes, starting and ending on whole words, at the quote’s only place in its text', async () => {
    const codings = await db.codings.toArray();
    expect(codings.length).toBeGreaterThan(0);
    for (const coding of codings) {
      const { text } = (await db.texts.get(coding.docId))!;
      expect(text.slice(coding.start, coding.end), coding.quote).toBe(coding.quote);
      expect(isWordCharacter(text[coding.start - 1]) || isWordCharacter(text[coding.end]), coding.quote).toBe(false);
      expect(text.indexOf(coding.quote, coding.start + 1), `“${coding.quote}” is found again further on`).toBe(-1);
    }
  });

  test('its codes have definitions, and every code is in use', async () => {
    const codes = await db.codes.toArray();
    const used = new Set((await db.codings.toArray()).map((c) => c.codeId));
    for (const code of codes) {
      expect(code.definition, code.name).not.toBe('');
      expect(used.has(code.id), code.name).toBe(true);
    }
  });

  test('a second coder has coded a document the researcher coded too, agreeing on some passages and not on others', async () => {
    const coders = await db.coders.toArray();
    const other = coders.find((c) => c.id !== ME);
    expect(other, 'a second coder').toBeDefined();
    expect(other!.name).not.toBe('');
    // Told apart from the researcher at a glance: never the researcher's colour (the palette's first by default).
    expect(other!.color).not.toBe('#7c3aed');
    const codings = await db.codings.toArray();
    const docsOf = (coderId: string) => new Set(codings.filter((c) => c.coderId === coderId).map((c) => c.docId));
    const shared = [...docsOf(other!.id)].filter((docId) => docsOf(ME).has(docId));
    expect(shared.length).toBeGreaterThan(0);
    const passages = (coderId: string) => new Set(codings.filter((c) => c.coderId === coderId && shared.includes(c.docId)).map((c) => `${c.codeId} ${c.start} ${c.end}`));
    const mine = passages(ME);
    const theirs = passages(other!.id);
    expect([...theirs].some((p) => mine.has(p)), 'a passage both coded alike').toBe(true);
    expect([...theirs].some((p) => !mine.has(p)), 'a passage only the second coder coded so').toBe(true);
  });

  test('has memos: on the project and on a coded passage', async () => {
    const memos = await db.memos.toArray();
    const codingIds = new Set((await db.codings.toArray()).map((c) => c.id));
    // The project's memo is on the project's id, where the memo panel looks for it.
    const projectId = db.name.slice(PROJECT_DB_PREFIX.length);
    expect(memos.some((m) => m.targetType === 'project' && m.targetId === projectId && m.text.trim() !== '')).toBe(true);
    expect(memos.some((m) => m.targetType === 'coding' && codingIds.has(m.targetId) && m.text.trim() !== '')).toBe(true);
  });

  test('has attributes of several types, a set of documents, and the news items’ outlet and date', async () => {
    const types = new Set((await db.attributeDefinitions.toArray()).map((d) => d.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['boolean', 'number', 'text']));
    const documents = await db.documents.toArray();
    const sets = await db.documentSets.toArray();
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) for (const docId of set.docIds) expect(documents.map((d) => d.id)).toContain(docId);
    for (const doc of documents.filter((d) => d.attributes.genre === 'news')) {
      expect(doc.source, doc.title).not.toBe('');
      expect(doc.date, doc.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

test('the second coder takes a colour other than the researcher’s', async () => {
  const other = await freshProject();
  await fillSampleProject(other, ME, '#0891b2');
  const second = (await other.coders.toArray()).find((c) => c.id !== ME)!;
  expect(second.color).not.toBe('#0891b2');
});
