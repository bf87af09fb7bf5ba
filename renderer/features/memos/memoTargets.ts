// How a memo's target is named to a researcher, in the panel, the search results, the log's labels
// and the export: "the document “Courier, 3 May”", "the pledge coding “We will build…”".
import type { CodeRecord, CodingRecord, MemoTargetType } from '../../../shared/model';
import type { MemoTarget } from '../../../shared/changes/memoChanges';
import { excerpt } from '../../../shared/text/excerpt';

export interface TargetNames {
  documentTitle(docId: string): string | undefined;
  code(codeId: string): CodeRecord | undefined;
  coding(codingId: string): CodingRecord | undefined;
}

export function describeTarget(target: MemoTarget, names: TargetNames): string {
  switch (target.targetType) {
    case 'project':
      return 'the project';
    case 'document':
      return `the document “${names.documentTitle(target.targetId) ?? 'deleted document'}”`;
    case 'code':
      return `the code “${names.code(target.targetId)?.name ?? 'deleted code'}”`;
    case 'coding': {
      const coding = names.coding(target.targetId);
      if (!coding) return 'a removed coding';
      const code = names.code(coding.codeId)?.name ?? 'deleted code';
      return `${codingTargetStart(code)}${excerpt(coding.quote, 40)}”`;
    }
  }
}

/**
 * How a coding as a memo's target begins, its code unquoted: "the pledge coding “". Undo's labels
 * find a renamed code's old name by it (history/historyMessages.ts stepLabel).
 */
export function codingTargetStart(codeName: string): string {
  return `the ${codeName} coding “`;
}

export const TARGET_TYPE_NAMES: Record<MemoTargetType, string> = { coding: 'Coding', document: 'Document', code: 'Code', project: 'Project' };
