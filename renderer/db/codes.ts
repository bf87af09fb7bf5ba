// The codebook.
import type { CodeRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';
import { DEFAULT_CODEBOOK } from '../../shared/codebook/defaultCodebook';
import { newId, nowIso } from './ids';

/** Codes in codebook order: the first nine answer to keys 1 to 9. */
export async function listCodes(db: ProjectDatabase): Promise<CodeRecord[]> {
  const codes = await db.codes.toArray();
  return codes.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** Writes the default codebook (pledge, claim, criticism, metric) into a new project. */
export async function addDefaultCodebook(db: ProjectDatabase): Promise<CodeRecord[]> {
  const createdAt = nowIso();
  const codes: CodeRecord[] = DEFAULT_CODEBOOK.map((code, order) => ({
    id: newId(),
    name: code.name,
    color: code.color,
    parentId: null,
    order,
    definition: code.definition,
    inclusion: '',
    exclusion: '',
    example: '',
    createdAt,
  }));
  await db.codes.bulkAdd(codes);
  return codes;
}
