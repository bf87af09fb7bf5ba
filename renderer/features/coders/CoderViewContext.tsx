// Whose work the screens show (see coderVisibility.ts), kept per project in the registry's settings
// so that blind mode is still on when the project is opened again.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getSetting, setSetting } from '../../db/registry';
import { useProject } from '../projects/ProjectContext';
import type { CoderFilter } from '../../db/coders';
import { coderFilterOf, isCoderVisible, parseVisibility, visibleRows, type CoderVisibility } from './coderVisibility';

export interface CoderView {
  visibility: CoderVisibility;
  /** False until the stored setting is read; meanwhile only the current coder's work is shown. */
  loaded: boolean;
  isVisible(coderId: string): boolean;
  setBlind(blind: boolean): Promise<void>;
  setShown(coderId: string, shown: boolean): Promise<void>;
}

const CoderViewContext = createContext<CoderView | null>(null);

export const coderViewSetting = (projectId: string) => `coderView:${projectId}`;

export function CoderViewProvider({ children }: { children: ReactNode }) {
  const { registry, project, coder } = useProject();
  const key = coderViewSetting(project.id);
  // The key comes back with the value: on a switch of project, useLiveQuery keeps the last project's
  // answer until the new one's is read, and that answer must not pass for this project's.
  const answer = useLiveQuery(async () => ({ key, value: await getSetting<unknown>(registry, key) }), [registry, key]);
  const stored = answer?.key === key ? answer : undefined;
  // A change shows at once (a checkbox must not lag behind its click), before the write comes back.
  const [pending, setPending] = useState<CoderVisibility | null>(null);
  useEffect(() => setPending(null), [stored]);
  // Until the setting is read, act as if blind mode were on: a blind coder must never glimpse the
  // other coders' work while the window opens.
  const visibility = useMemo(() => pending ?? (stored ? parseVisibility(stored.value) : { blind: true, hidden: [] }), [pending, stored]);
  const save = useCallback(
    async (next: CoderVisibility) => {
      setPending(next);
      await setSetting(registry, key, next);
    },
    [registry, key],
  );

  const value = useMemo<CoderView>(
    () => ({
      visibility,
      loaded: stored !== undefined,
      isVisible: (coderId) => isCoderVisible(coderId, coder.id, visibility),
      setBlind: (blind) => save({ ...visibility, blind }),
      setShown: (coderId, shown) => {
        const hidden = visibility.hidden.filter((id) => id !== coderId);
        return save({ ...visibility, hidden: shown ? hidden : [...hidden, coderId] });
      },
    }),
    [visibility, stored, coder.id, save],
  );
  return <CoderViewContext.Provider value={value}>{children}</CoderViewContext.Provider>;
}

export function useCoderView(): CoderView {
  const value = useContext(CoderViewContext);
  if (!value) throw new Error('useCoderView outside CoderViewProvider');
  return value;
}

/**
 * The codings (or memos) the screens may show: every row of the current coder, and other coders'
 * rows unless hidden or in blind mode. Pass the result to highlights, lists and counts alike.
 */
export function useVisibleCodings<T extends { coderId: string }>(rows: readonly T[]): readonly T[] {
  const { visibility } = useCoderView();
  const { coder } = useProject();
  return useMemo(() => visibleRows(rows, coder.id, visibility), [rows, coder.id, visibility]);
}

/**
 * Whose codings counts should include (codes' usage, codings per document), to pass to queries that
 * count by index: null when everyone is shown.
 */
export function useCoderFilter(): CoderFilter {
  const { visibility } = useCoderView();
  const { coder } = useProject();
  return useMemo(() => coderFilterOf(coder.id, visibility), [coder.id, visibility]);
}
