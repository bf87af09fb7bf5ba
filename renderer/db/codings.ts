// Codings: a code applied to `[start, end)` of a document's canonical text (UTF-16 units).
import Dexie from 'dexie';
import type { CodingRecord } from '../../shared/model';
import { capturePassage } from '../../shared/text/passageContext';
import type { ProjectDatabase } from './projectDatabase';
import type { Change } from './changes';
import { newId, nowIso } from './ids';

/** A document's codings in text order. */
export function codingsOfDocument(db: ProjectDatabase, docId: string): Promise<CodingRecord[]> {
  return db.codings.where('[docId+start]').between([docId, Dexie.minKey], [docId, Dexie.maxKey]).toArray();
}

export interface NewCoding {
  docId: string;
  codeId: string;
  start: number;
  end: number;
  coderId: string;
}

/** The change that applies a code to a passage, quote and context taken from the text. */
export function applyCodeChange(text: string, coding: NewCoding, codeName: string): Change {
  const record: CodingRecord = {
    id: newId(),
    ...coding,
    ...capturePassage(text, coding.start, coding.end),
    createdAt: nowIso(),
  };
  return { label: `Code “${codeName}” applied`, changes: [{ table: 'codings', key: record.id, before: null, after: record }] };
}

export function removeCodingChange(coding: CodingRecord, codeName: string): Change {
  return { label: `Code “${codeName}” removed`, changes: [{ table: 'codings', key: coding.id, before: coding, after: null }] };
}
