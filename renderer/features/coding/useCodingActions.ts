// Applying and removing codes: the coding screen's writes, each one operation in the log.
import { useCallback } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { trimRange } from '../../../shared/text/paragraphs';
import { applyCodeChange, removeCodingChange } from '../../db/codings';
import { commitChange } from '../../db/changes';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import type { TextRange } from './textDomIndex';

export function useCodingActions(docId: string, text: string, codings: readonly CodingRecord[]) {
  const { db, coder } = useProject();
  const announce = useAnnounce();

  const applyCode = useCallback(
    async (code: CodeRecord, selection: TextRange | null) => {
      const range = selection ? trimRange(text, selection.start, selection.end) : null;
      if (!range || range.start === range.end) {
        announce('Select a passage first: drag over the text, or move with the arrow keys holding Shift.');
        return;
      }
      const duplicate = codings.some(
        (c) => c.codeId === code.id && c.start === range.start && c.end === range.end && c.coderId === coder.id,
      );
      if (duplicate) {
        announce(`This passage is already coded “${code.name}”.`);
        return;
      }
      await commitChange(db, applyCodeChange(text, { docId, codeId: code.id, start: range.start, end: range.end, coderId: coder.id }, code.name), {
        coderId: coder.id,
      });
      announce(`Coded “${excerpt(text.slice(range.start, range.end))}” as ${code.name}.`);
    },
    [db, coder.id, docId, text, codings, announce],
  );

  const removeCoding = useCallback(
    async (coding: CodingRecord, code: CodeRecord | undefined) => {
      await commitChange(db, removeCodingChange(coding, code?.name ?? 'code'), { coderId: coder.id });
      announce(`Removed ${code?.name ?? 'the code'} from “${excerpt(coding.quote)}”.`);
    },
    [db, coder.id, announce],
  );

  return { applyCode, removeCoding };
}

export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
