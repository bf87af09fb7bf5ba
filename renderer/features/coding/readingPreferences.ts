// How a researcher likes to read a project's documents, on this machine: the width of the text column
// and, per document, whether hard-wrapped lines are shown reflowed. Kept in localStorage under the
// project's id, outside the project's data: a preference of one reader on one screen, which no export,
// project file or backup carries, and which a damaged or missing entry simply resets.
import { useCallback, useEffect, useRef, useState } from 'react';

export type ReadingWidth = 'narrow' | 'medium' | 'wide' | 'full';

/**
 * The widths offered, as the text column's CSS track size (a rem is the 15 px of the text). Narrow
 * holds about 65 characters a line, within the 45 to 75 of comfortable reading, and fits beside the
 * side panels of a 1400 px window; medium is the column Framewise has always had; full takes the pane.
 */
export const READING_WIDTHS: ReadonlyArray<{ width: ReadingWidth; label: string; track: string }> = [
  { width: 'narrow', label: 'Narrow', track: '32rem' },
  { width: 'medium', label: 'Medium', track: '48rem' },
  { width: 'wide', label: 'Wide', track: '64rem' },
  { width: 'full', label: 'Full', track: '1fr' },
];

export interface ReadingPreferences {
  width: ReadingWidth;
  /** Documents whose reader chose reflowed (true) or as stored (false); others follow the text's look. */
  reflow: Readonly<Record<string, boolean>>;
}

export const DEFAULT_READING: ReadingPreferences = { width: 'medium', reflow: {} };

export function readingStorageKey(projectId: string): string {
  return `framewise.reading.${projectId}`;
}

/** The stored preferences, with anything missing or malformed taken from the defaults. */
export function parseReadingPreferences(stored: string | null): ReadingPreferences {
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    return DEFAULT_READING;
  }
  if (!value || typeof value !== 'object') return DEFAULT_READING;
  const { width, reflow } = value as { width?: unknown; reflow?: unknown };
  const known = READING_WIDTHS.find((w) => w.width === width)?.width ?? DEFAULT_READING.width;
  const choices: Record<string, boolean> = {};
  if (reflow && typeof reflow === 'object') {
    for (const [docId, on] of Object.entries(reflow)) if (typeof on === 'boolean') choices[docId] = on;
  }
  return { width: known, reflow: choices };
}

/** The project's reading preferences and a setter that stores them at once. */
export function useReadingPreferences(
  projectId: string,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): [ReadingPreferences, (change: (current: ReadingPreferences) => ReadingPreferences) => void] {
  const read = useCallback(() => parseReadingPreferences(storage.getItem(readingStorageKey(projectId))), [projectId, storage]);
  const [preferences, setPreferences] = useState(read);
  // Another project opened in this window: its own preferences.
  useEffect(() => setPreferences(read()), [read]);
  // The choices storage last refused (full, or denied), which hold for this session only: a later
  // change builds on them, not on the older ones storage still has.
  const refused = useRef<{ projectId: string; preferences: ReadingPreferences } | null>(null);
  const update = useCallback(
    (change: (current: ReadingPreferences) => ReadingPreferences) => {
      // Built on what storage holds, which another window of the project may have changed since.
      const held = refused.current?.projectId === projectId ? refused.current.preferences : null;
      const next = change(held ?? read());
      try {
        storage.setItem(readingStorageKey(projectId), JSON.stringify(next));
        refused.current = null;
      } catch {
        refused.current = { projectId, preferences: next };
      }
      setPreferences(next);
    },
    [projectId, storage, read],
  );
  return [preferences, update];
}
