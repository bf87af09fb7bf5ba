// The coding screen's writes: apply, create-and-apply (palette, in vivo), code the whole document,
// recode, move boundaries, remove. Each is one operation in the log, and each says what it did.
import { useCallback, useMemo } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { trimRange } from '../../../shared/text/paragraphs';
import { CodebookError, inVivoName, sameName } from '../../../shared/codebook/codeNames';
import { applyCodeChange, createAndApplyChange, recodeChange, removeCoding as removeStoredCoding, resizeCodingChange, sameCoding } from '../../db/codings';
import { commitChange } from '../../db/changes';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import type { TextRange } from './textDomIndex';

export function useCodingActions(docId: string, text: string, codings: readonly CodingRecord[]) {
  const { db, coder } = useProject();
  const announce = useAnnounce();

  /** The selection as a passage to code (trimmed), or null after telling the reader to select one. */
  const passageOf = useCallback(
    (selection: TextRange | null): TextRange | null => {
      const range = selection ? trimRange(text, selection.start, selection.end) : null;
      if (!range || range.start === range.end) {
        announce('Select a passage first: drag over the text, or move with the arrow keys holding Shift.');
        return null;
      }
      return range;
    },
    [text, announce],
  );

  const applyToRange = useCallback(
    async (code: CodeRecord, range: TextRange) => {
      if (sameCoding(codings, { codeId: code.id, start: range.start, end: range.end, coderId: coder.id })) {
        announce(`This passage is already coded “${code.name}”.`);
        return false;
      }
      await commitChange(db, applyCodeChange(text, { docId, codeId: code.id, start: range.start, end: range.end, coderId: coder.id }, code.name), {
        coderId: coder.id,
      });
      return true;
    },
    [db, coder.id, docId, text, codings, announce],
  );

  const applyCode = useCallback(
    async (code: CodeRecord, selection: TextRange | null) => {
      const range = passageOf(selection);
      if (range && (await applyToRange(code, range))) announce(`Coded “${excerpt(text.slice(range.start, range.end))}” as ${code.name}.`);
    },
    [passageOf, applyToRange, text, announce],
  );

  /**
   * Creates a top-level code and applies it, in one operation; when a top-level code of that name
   * exists already, applies that one instead of refusing.
   */
  const createAndApply = useCallback(
    async (name: string, selection: TextRange | null, how: 'palette' | 'in vivo' = 'palette') => {
      const range = passageOf(selection);
      if (!range) return;
      try {
        const created = await db.transaction('rw', [db.codes, db.codings, db.operations], async () => {
          const codes = await db.codes.toArray();
          const existing = codes.find((c) => c.parentId === null && sameName(c.name, name));
          if (existing) return { code: existing, created: false };
          const label = how === 'in vivo' ? `In-vivo code “${name.trim()}” created and applied` : `Code “${name.trim()}” created and applied`;
          const { change, code } = createAndApplyChange(codes, text, { name, parentId: null }, { docId, start: range.start, end: range.end, coderId: coder.id }, label);
          await commitChange(db, change, { coderId: coder.id });
          return { code, created: true };
        });
        const passage = excerpt(text.slice(range.start, range.end));
        if (created.created) announce(`Created the code “${created.code.name}” and coded “${passage}” with it.`);
        else if (await applyToRange(created.code, range)) announce(`The code “${created.code.name}” exists: coded “${passage}” with it.`);
      } catch (error) {
        if (!(error instanceof CodebookError)) throw error;
        announce(error.message);
      }
    },
    [db, coder.id, docId, text, passageOf, applyToRange, announce],
  );

  /** In-vivo coding: the selected words become a code, which codes them. */
  const codeInVivo = useCallback(
    async (selection: TextRange | null) => {
      const range = passageOf(selection);
      if (!range) return;
      const name = inVivoName(text.slice(range.start, range.end));
      if (!name) {
        announce('The selection has no words to name a code after.');
        return;
      }
      await createAndApply(name, range, 'in vivo');
    },
    [passageOf, createAndApply, text, announce],
  );

  /** Codes the document's whole text (without the blank space at its ends). */
  const codeWholeDocument = useCallback(
    async (code: CodeRecord) => {
      const range = trimRange(text, 0, text.length);
      if (range.start === range.end) {
        announce('This document has no text to code.');
        return;
      }
      if (await applyToRange(code, range)) announce(`Coded the whole document as ${code.name}.`);
    },
    [text, applyToRange, announce],
  );

  const recode = useCallback(
    async (coding: CodingRecord, from: CodeRecord | undefined, to: CodeRecord) => {
      if (coding.codeId === to.id) return;
      if (sameCoding(codings, { ...coding, codeId: to.id }, coding.id)) {
        announce(`“${excerpt(coding.quote, 40)}” is already coded “${to.name}” by this coder: remove this coding instead.`);
        return;
      }
      await commitChange(db, recodeChange(coding, from, to), { coderId: coder.id });
      announce(`Recoded “${excerpt(coding.quote, 40)}” from ${from?.name ?? 'a deleted code'} to ${to.name}.`);
    },
    [db, coder.id, codings, announce],
  );

  /** Moves a coding's boundaries; false (with a message) when the new passage cannot be used. */
  const resize = useCallback(
    async (coding: CodingRecord, start: number, end: number, code: CodeRecord | undefined) => {
      if (start === coding.start && end === coding.end) return false;
      if (!(0 <= start && start < end && end <= text.length)) {
        announce('A coded passage needs at least one character.');
        return false;
      }
      if (sameCoding(codings, { ...coding, start, end }, coding.id)) {
        announce(`That passage is already coded “${code?.name ?? 'with this code'}”.`);
        return false;
      }
      // From the stored row, not the one on screen: quick nudges can outrun the screen's update.
      const done = await db.transaction('rw', [db.codings, db.operations], async () => {
        const stored = await db.codings.get(coding.id);
        if (!stored) return false;
        await commitChange(db, resizeCodingChange(text, stored, start, end, code?.name ?? 'deleted code'), { coderId: coder.id });
        return true;
      });
      if (!done) {
        announce('This coding no longer exists.');
        return false;
      }
      announce(`${code?.name ?? 'Coding'} now covers “${excerpt(text.slice(start, end))}”.`);
      return true;
    },
    [db, coder.id, codings, text, announce],
  );

  const removeCoding = useCallback(
    async (coding: CodingRecord, code: CodeRecord | undefined) => {
      await removeStoredCoding(db, coding, code?.name ?? 'code', coder.id);
      announce(`Removed ${code?.name ?? 'the code'} from “${excerpt(coding.quote)}”.`);
    },
    [db, coder.id, announce],
  );

  return useMemo(
    () => ({ applyCode, createAndApply, codeInVivo, codeWholeDocument, recode, resize, removeCoding }),
    [applyCode, createAndApply, codeInVivo, codeWholeDocument, recode, resize, removeCoding],
  );
}

export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
