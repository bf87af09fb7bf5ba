// The coding screen's actions: apply, create-and-apply (palette, in vivo), code the whole document,
// recode, move boundaries, remove. Each checks what the researcher asked for, writes it as one
// operation (renderer/db/codings.ts), and says what it did, or, when the write fails, that it failed
// and why: none of them throws to its caller (the screens call them with `void`, where a rejection
// would reach nobody).
import { useCallback, useMemo } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { trimRange } from '../../../shared/text/paragraphs';
import { excerpt } from '../../../shared/text/excerpt';
import { CodebookError, inVivoName } from '../../../shared/codebook/codeNames';
import { sameCoding } from '../../../shared/codings/samePassage';
import { passageRangeProblem, wholeCodePoints } from '../../../shared/text/offsets';
import { applyCode as applyStoredCode, createAndApplyCode, recodeStoredCoding, removeCoding as removeStoredCoding, resizeStoredCoding } from '../../db/codings';
import { couldNotSave } from '../../db/writeFailure';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { useAnnounce } from '../../ui/Announcer';
import type { TextRange } from './textDomIndex';

/** What a passage that cannot be coded is told as (see passageRangeProblem). */
const PASSAGE_PROBLEMS = {
  outside: 'That passage is not inside this document’s text.',
  empty: 'A coded passage needs at least one character.',
  'splits-character': 'A coded passage must start and end between characters, not inside an emoji or other character.',
} as const;

/**
 * `codingsNow` gives the document's codings as they are when an action runs (a key pressed right after
 * another sees the coding the first made): the actions stay the same objects while codings change, so
 * the screens that hold them do not render again on every write.
 */
export function useCodingActions(docId: string, text: string, codingsNow: () => readonly CodingRecord[]) {
  const { db, coder } = useProject();
  // Recorded with each new coding (CodingRecord.blind) so that the agreement report's methods
  // paragraph can say who coded blind; not recorded while the setting is still being read.
  const { visibility, loaded } = useCoderView();
  const blind = loaded ? { blind: visibility.blind } : {};
  const announce = useAnnounce();

  /** Says that a write failed and that nothing was changed; the cause goes to the console. */
  const failed = useCallback(
    (action: string, error: unknown) => {
      console.error(new Error(`Could not ${action}`, { cause: error }));
      announce(couldNotSave(action, error));
    },
    [announce],
  );

  /**
   * The selection as a passage to code (trimmed, and widened to whole characters should it end inside
   * an emoji), or null after telling the reader to select one.
   */
  const passageOf = useCallback(
    (selection: TextRange | null): TextRange | null => {
      const trimmed = selection ? trimRange(text, selection.start, selection.end) : null;
      if (!trimmed || trimmed.start === trimmed.end) {
        announce('Select a passage first: drag over the text, or move with the arrow keys holding Shift.');
        return null;
      }
      return wholeCodePoints(text, trimmed.start, trimmed.end);
    },
    [text, announce],
  );

  /** Applies `code` to `range`; false (having said why) when it was not applied. */
  const applyToRange = useCallback(
    async (code: CodeRecord, range: TextRange, action = `code the passage as ${code.name}`) => {
      const problem = passageRangeProblem(text, range.start, range.end);
      if (problem) {
        announce(PASSAGE_PROBLEMS[problem]);
        return false;
      }
      const coding = { docId, codeId: code.id, start: range.start, end: range.end, coderId: coder.id, ...blind };
      // Said at once, with nothing drawn and taken back; applyCode checks again against the stored rows.
      if (sameCoding(codingsNow(), coding)) {
        announce(`This passage is already coded “${code.name}”.`);
        return false;
      }
      try {
        const written = await applyStoredCode(db, text, coding, code.name);
        if (written === 'duplicate') announce(`This passage is already coded “${code.name}”.`);
        else if (written === 'code-gone') announce(`The code “${code.name}” no longer exists: nothing was coded.`);
        return written === 'done';
      } catch (error) {
        failed(action, error);
        return false;
      }
    },
    [db, coder.id, docId, text, codingsNow, announce, failed, blind.blind],
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
        const label = how === 'in vivo' ? `In-vivo code “${name.trim()}” created and applied` : `Code “${name.trim()}” created and applied`;
        const created = await createAndApplyCode(db, text, { name, parentId: null }, { docId, start: range.start, end: range.end, coderId: coder.id, ...blind }, label);
        const passage = excerpt(text.slice(range.start, range.end));
        if (created.created) announce(`Created the code “${created.code.name}” and coded “${passage}” with it.`);
        else if (await applyToRange(created.code, range)) announce(`The code “${created.code.name}” exists: coded “${passage}” with it.`);
      } catch (error) {
        if (error instanceof CodebookError) announce(error.message);
        else failed(`create the code “${name.trim()}” and code the passage with it`, error);
      }
    },
    [db, coder.id, docId, text, passageOf, applyToRange, announce, failed, blind.blind],
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
      if (await applyToRange(code, range, `code the whole document as ${code.name}`)) announce(`Coded the whole document as ${code.name}.`);
    },
    [text, applyToRange, announce],
  );

  const recode = useCallback(
    async (coding: CodingRecord, from: CodeRecord | undefined, to: CodeRecord) => {
      if (coding.codeId === to.id) return;
      // The passage as the screen has it now (the palette may have opened before a resize showed).
      const codings = codingsNow();
      const now = codings.find((c) => c.id === coding.id) ?? coding;
      if (sameCoding(codings, { ...now, codeId: to.id }, coding.id)) {
        announce(`“${excerpt(now.quote, 40)}” is already coded “${to.name}” by this coder: remove this coding instead.`);
        return;
      }
      try {
        const outcome = await recodeStoredCoding(db, coding.id, from, to, coder.id);
        if (outcome === 'gone') announce('This coding no longer exists: nothing was recoded.');
        else if (outcome === 'code-gone') announce(`The code “${to.name}” no longer exists: nothing was recoded.`);
        else if (outcome === 'duplicate') announce(`“${excerpt(now.quote, 40)}” is already coded “${to.name}” by this coder: remove this coding instead.`);
        else if (outcome === 'done') announce(`Recoded “${excerpt(now.quote, 40)}” from ${from?.name ?? 'a deleted code'} to ${to.name}.`);
      } catch (error) {
        failed(`recode “${excerpt(now.quote, 40)}” as ${to.name}`, error);
      }
    },
    [db, coder.id, codingsNow, announce, failed],
  );

  /** Moves a coding's boundaries; false (with a message) when the new passage cannot be used. */
  const resize = useCallback(
    async (coding: CodingRecord, start: number, end: number, code: CodeRecord | undefined) => {
      if (start === coding.start && end === coding.end) return false;
      const problem = passageRangeProblem(text, start, end);
      if (problem) {
        announce(PASSAGE_PROBLEMS[problem]);
        return false;
      }
      if (sameCoding(codingsNow(), { ...coding, start, end }, coding.id)) {
        announce(`That passage is already coded “${code?.name ?? 'with this code'}”.`);
        return false;
      }
      try {
        // From the stored row, not the one on screen: quick nudges can outrun the screen's update.
        const outcome = await resizeStoredCoding(db, text, coding.id, start, end, code?.name ?? 'deleted code', coder.id);
        // A code is deleted with its codings: 'code-gone' is this coding gone too.
        if (outcome === 'gone' || outcome === 'code-gone') {
          announce('This coding no longer exists.');
          return false;
        }
        if (outcome === 'duplicate') {
          announce(`That passage is already coded “${code?.name ?? 'with this code'}”.`);
          return false;
        }
      } catch (error) {
        failed(`move the ends of the ${code?.name ?? 'deleted code'} coding`, error);
        return false;
      }
      announce(`${code?.name ?? 'Coding'} now covers “${excerpt(text.slice(start, end))}”.`);
      return true;
    },
    [db, coder.id, codingsNow, text, announce, failed],
  );

  /** Removes a coding (with its memos); false (having said why) when it could not be removed. */
  const removeCoding = useCallback(
    async (coding: CodingRecord, code: CodeRecord | undefined) => {
      let outcome;
      try {
        outcome = await removeStoredCoding(db, coding, code?.name ?? 'code', coder.id);
      } catch (error) {
        failed(`remove ${code?.name ?? 'the code'} from “${excerpt(coding.quote, 40)}”`, error);
        return false;
      }
      // A second click on Remove, or a coding removed in another window meanwhile.
      if (outcome === 'gone') announce('This coding no longer exists: nothing was removed.');
      else announce(`Removed ${code?.name ?? 'the code'} from “${excerpt(coding.quote)}”.`);
      return true;
    },
    [db, coder.id, announce, failed],
  );

  return useMemo(
    () => ({ applyCode, createAndApply, codeInVivo, codeWholeDocument, recode, resize, removeCoding }),
    [applyCode, createAndApply, codeInVivo, codeWholeDocument, recode, resize, removeCoding],
  );
}
