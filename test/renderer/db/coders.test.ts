import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commitChange } from '../../../renderer/db/changes';
import { ensureCoder, listCoders, passesCoderFilter } from '../../../renderer/db/coders';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { liveMinting } from '../../../renderer/db/ids';
import { codingCountsByDocument, usageOfCode } from './countQueries';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('coders', () => {
  test('a coder is recorded once per project, and a new name or colour replaces the old', async () => {
    await ensureCoder(db, { id: 'kim', name: 'Kim', color: '#7c3aed' });
    await ensureCoder(db, { id: 'kim', name: 'Kim Keyboard', color: '#0891b2' });
    await ensureCoder(db, { id: 'lee', name: 'Lee', color: '#65a30d' });
    expect((await listCoders(db)).map((c) => [c.name, c.color]).sort()).toEqual([
      ['Kim Keyboard', '#0891b2'],
      ['Lee', '#65a30d'],
    ]);
  });

  test('counts can be limited to the coders shown: one coder, or all but the hidden', async () => {
    const text = 'one two three four';
    for (const [coderId, start] of [['kim', 0], ['lee', 4], ['ana', 8], ['kim', 14]] as const) {
      await commitChange(db, applyCodeChange(text, { docId: 'd', codeId: 'k', start, end: start + 3, coderId }, 'k', liveMinting()), { coderId });
    }
    const quotesOf = async (filter: Parameters<typeof passesCoderFilter>[0]) =>
      (await db.codings.toArray()).filter((c) => passesCoderFilter(filter, c.coderId)).map((c) => c.quote).sort();
    expect(await quotesOf({ only: 'kim' })).toEqual(['fou', 'one']);
    expect(await quotesOf({ except: ['kim', 'ana'] })).toEqual(['two']);
    // The counts beside documents and codes agree with what blind mode shows.
    expect(await codingCountsByDocument(db)).toEqual(new Map([['d', 4]]));
    expect(await codingCountsByDocument(db, { only: 'lee' })).toEqual(new Map([['d', 1]]));
    expect(await usageOfCode(db, 'k', { only: 'kim' })).toEqual({ codings: 2, documents: 1 });
    expect(await usageOfCode(db, 'k', { except: ['kim'] })).toEqual({ codings: 2, documents: 1 });
  });
});
