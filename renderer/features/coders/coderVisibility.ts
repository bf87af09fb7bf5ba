// Whose codings and memos are shown. The current coder's own work is always shown; other coders can
// be hidden one by one, and blind mode hides them all, so that a second coder codes independently of
// the first (double coding for agreement). The project's exports (coded segments, memos, REFI-QDA)
// ignore this: they always hold every coder's work; Retrieve and Compare show, and export, what is shown.
import type { CoderFilter } from '../../db/coders';

export interface CoderVisibility {
  /** Hide every other coder's codings and memos. */
  blind: boolean;
  /** Other coders hidden one by one (ignored while blind). */
  hidden: readonly string[];
}

export const EVERYONE_VISIBLE: CoderVisibility = { blind: false, hidden: [] };

export function isCoderVisible(coderId: string, currentCoderId: string, visibility: CoderVisibility): boolean {
  if (coderId === currentCoderId) return true;
  return !visibility.blind && !visibility.hidden.includes(coderId);
}

/**
 * Why a coder's work is not shown: blind mode, or that coder hidden one by one; null when shown. A
 * coding asked for from another place (Agreement, a memo) may show its coder again in the second case
 * only: blind mode is the researcher's promise of independent coding, which no other place gets round.
 */
export function hiddenBy(coderId: string, currentCoderId: string, visibility: CoderVisibility): 'blind-mode' | 'hidden-coder' | null {
  if (isCoderVisible(coderId, currentCoderId, visibility)) return null;
  return visibility.blind ? 'blind-mode' : 'hidden-coder';
}

/** The rows (codings, memos) of coders that are shown; the same array when no one is hidden. */
export function visibleRows<T extends { coderId: string }>(rows: readonly T[], currentCoderId: string, visibility: CoderVisibility): readonly T[] {
  if (!visibility.blind && visibility.hidden.length === 0) return rows;
  return rows.filter((row) => isCoderVisible(row.coderId, currentCoderId, visibility));
}

/** Reads a stored setting defensively: it comes from an older version or a hand-edited database. */
export function parseVisibility(stored: unknown): CoderVisibility {
  if (!stored || typeof stored !== 'object') return EVERYONE_VISIBLE;
  const { blind, hidden } = stored as Partial<Record<keyof CoderVisibility, unknown>>;
  return {
    blind: blind === true,
    hidden: Array.isArray(hidden) ? hidden.filter((id): id is string => typeof id === 'string') : [],
  };
}

/**
 * The coders a count by index should include (see db/coders.ts): null for everyone, else only the
 * current coder (blind mode) or everyone but the hidden coders.
 */
export function coderFilterOf(currentCoderId: string, visibility: CoderVisibility): CoderFilter {
  if (visibility.blind) return { only: currentCoderId };
  const hidden = visibility.hidden.filter((id) => id !== currentCoderId);
  return hidden.length ? { except: hidden } : null;
}
