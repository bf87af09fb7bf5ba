// The coding tools beside the plain apply: the quick-code palette (for a passage, for the whole
// document, or to recode a coding), in-vivo coding, and moving a coding's boundaries by key. The
// keys come from KeyboardPlugin; each tool reads the selection as it is when the key is pressed.
import { useCallback, useRef, useState } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { currentSelection } from './SelectionPlugin';
import type { TextDomIndex, TextRange } from './textDomIndex';
import { nudgedRange, nudgeTarget, type Caret, type Edge, type NudgeUnit } from './boundaryNudge';
import type { useCodingActions } from './useCodingActions';
import { useRecentCodes } from './useRecentCodes';
import { couldNotSave } from '../../db/writeFailure';

export type PaletteMode = { kind: 'passage'; passage: TextRange | null } | { kind: 'document' } | { kind: 'recode'; coding: CodingRecord };

export interface PaletteState {
  mode: PaletteMode;
  position: { x: number; y: number };
  /** Where the focus goes when the palette closes: the text (with the passage selected) or the button that opened it. */
  returnTo: HTMLElement | null;
}

interface CodingToolsInput {
  index: TextDomIndex | null;
  /** The document's canonical text. */
  text: string;
  /** The passage last reported by the selection plugin. */
  selection: TextRange | null;
  /** The coding chosen in a list, if any: it wins when the caret is on several. */
  activeId: string | null;
  /** The document's codings shown, as they are when a key acts (see useCodingActions). */
  codingsNow(): readonly CodingRecord[];
  codesById: ReadonlyMap<string, CodeRecord>;
  actions: ReturnType<typeof useCodingActions>;
  /** Told of the coding a key moves and its new extent, before the selection moves to that extent. */
  onNudged?(codingId: string, range: TextRange): void;
}

export function useCodingTools({ index, text, selection, activeId, codingsNow, codesById, actions, onNudged }: CodingToolsInput) {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const recentIds = useRecentCodes(db, coder.id);
  const [palette, setPalette] = useState<PaletteState | null>(null);

  /** The passage as it is now: the live selection while the text has the focus, else the last one. */
  const passageNow = useCallback(() => (index && currentSelection(index)) ?? selection, [index, selection]);

  const openPalette = useCallback(
    (mode: PaletteMode['kind'], opener?: HTMLElement | null, coding?: CodingRecord) => {
      const passage = passageNow();
      const anchor = opener?.getBoundingClientRect() ?? selectionRect() ?? index?.element.getBoundingClientRect();
      const position = { x: anchor?.left ?? 80, y: (anchor?.bottom ?? 80) + 4 };
      const kind: PaletteMode =
        mode === 'recode' && coding ? { kind: 'recode', coding } : mode === 'document' ? { kind: 'document' } : { kind: 'passage', passage };
      // Coding a passage returns to the text it is in; the other modes to the button that opened them.
      const returnTo = kind.kind === 'passage' ? (index?.element ?? null) : (opener ?? index?.element ?? null);
      setPalette({ mode: kind, position, returnTo });
    },
    [passageNow, index],
  );

  const closePalette = useCallback(
    (refocus: boolean) => {
      setPalette((open) => {
        if (open && refocus) {
          if (open.mode.kind === 'passage' && index && open.returnTo === index.element) {
            const passage = open.mode.passage;
            // Back to the text with the passage still selected, as it was when the palette opened.
            requestAnimationFrame(() => {
              if (passage) selectRange(index, passage.start, passage.end, 'end');
              index.element.focus({ preventScroll: true });
            });
          } else {
            const target = open.returnTo;
            requestAnimationFrame(() => target?.focus({ preventScroll: true }));
          }
        }
        return null;
      });
    },
    [index],
  );

  const paletteApply = useCallback(
    (code: CodeRecord) => {
      if (!palette) return;
      const { mode } = palette;
      if (mode.kind === 'passage') void actions.applyCode(code, mode.passage);
      else if (mode.kind === 'document') void actions.codeWholeDocument(code);
      else void actions.recode(mode.coding, codesById.get(mode.coding.codeId), code);
    },
    [palette, actions, codesById],
  );

  const paletteCreate = useCallback(
    (name: string) => {
      if (palette?.mode.kind === 'passage') void actions.createAndApply(name, palette.mode.passage);
    },
    [palette, actions],
  );

  const openQuickCode = useCallback(() => openPalette('passage'), [openPalette]);
  const inVivo = useCallback(() => void actions.codeInVivo(passageNow()), [actions, passageNow]);
  /** The boundary handles' drop: the coding now spans `[start, end)`. */
  const resizeTo = useCallback(
    (coding: CodingRecord, start: number, end: number) => void actions.resize(coding, start, end, codesById.get(coding.codeId)),
    [actions, codesById],
  );

  // Nudges run one after another, each from the row as the previous one left it; `lastNudged`
  // keeps the same coding and end under the keys while the list of codings catches up.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastNudged = useRef<{ id: string; start: number; end: number; edge: Edge } | null>(null);

  const nudge = useCallback(
    (direction: -1 | 1, unit: NudgeUnit): boolean => {
      if (!index) return false;
      const caret = liveCaret(index);
      if (!caret) return false;
      const last = lastNudged.current;
      const current = codingsNow().map((c) => (last && c.id === last.id ? { ...c, start: last.start, end: last.end } : c));
      const preferred = [activeId, last?.id].filter((id): id is string => Boolean(id));
      const target = nudgeTarget(current, caret, preferred);
      if (!target) return false;
      const { coding } = target;
      const edge = last && last.id === coding.id && caret.start === coding.start && caret.end === coding.end ? last.edge : target.edge;
      const range = nudgedRange(text, coding, edge, direction, unit);
      const code = codesById.get(coding.codeId);
      if (!range) {
        announce(`The ${edge} of this ${code?.name ?? ''} coding cannot move further that way.`);
        return true;
      }
      lastNudged.current = { id: coding.id, ...range, edge };
      onNudged?.(coding.id, range);
      selectRange(index, range.start, range.end, edge);
      // A nudge that was not written (refused, or the write failed) must not leave the queue stuck or
      // the keys working from an extent that was never stored: the next nudge starts again from the
      // codings as stored, and the selection goes back to the coding as it was before this nudge.
      const notWritten = () => {
        if (lastNudged.current?.id !== coding.id) return;
        lastNudged.current = null;
        const now = currentSelection(index);
        if (now && now.start === range.start && now.end === range.end) {
          onNudged?.(coding.id, coding);
          selectRange(index, coding.start, coding.end, edge);
        }
      };
      queue.current = queue.current
        .then(async () => {
          if (!(await actions.resize(coding, range.start, range.end, code))) notWritten();
        })
        .catch((error: unknown) => {
          console.error(error);
          announce(couldNotSave(`move the ends of the ${code?.name ?? 'deleted code'} coding`, error));
          notWritten();
        });
      return true;
    },
    [index, text, codingsNow, activeId, codesById, actions, announce, onNudged],
  );

  return { palette, recentIds, openPalette, openQuickCode, closePalette, paletteApply, paletteCreate, inVivo, nudge, resizeTo };
}

/** The live selection in the text with its focus end, or null when the text does not have the focus. */
function liveCaret(index: TextDomIndex): Caret | null {
  const range = currentSelection(index);
  const selection = document.getSelection();
  if (!range || !selection?.focusNode) return null;
  const focus = index.offsetOf(selection.focusNode, selection.focusOffset) ?? range.end;
  return { ...range, focus };
}

/** Selects `[start, end)` with the focus (where the caret shows) at one end. */
export function selectRange(index: TextDomIndex, start: number, end: number, focusAt: Edge): void {
  const range = index.rangeOf(start, end);
  const selection = document.getSelection();
  if (!range || !selection) return;
  if (focusAt === 'end') selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  else selection.setBaseAndExtent(range.endContainer, range.endOffset, range.startContainer, range.startOffset);
}

function selectionRect(): DOMRect | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}
