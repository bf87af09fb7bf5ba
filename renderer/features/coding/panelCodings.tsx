// The document's codings and the active coding as the side tabs show them (a moment after the text:
// see CodingWorkspace), handed down by context rather than as props of the tabs. A write then renders
// the memo panel that uses them, not the tabs around it: React Aria's tab panel looks through its whole
// content for something to tab to each time it renders (hidden panels included, element by element,
// each asking the browser for its style), which cost more per key press than the panels themselves.
import { createContext, useContext, type ComponentProps } from 'react';
import type { CodingRecord } from '../../../shared/model';
import { MemoPanel } from '../memos/MemoPanel';

export interface PanelCodings {
  codings: readonly CodingRecord[];
  activeCoding: CodingRecord | null;
}

export const PanelCodingsContext = createContext<PanelCodings>({ codings: [], activeCoding: null });

/** The memo panel of the coding screen, following the codings and the active coding from the context. */
export function CodingMemoPanel(props: Omit<ComponentProps<typeof MemoPanel>, 'codings' | 'activeCoding'>) {
  const { codings, activeCoding } = useContext(PanelCodingsContext);
  return <MemoPanel {...props} codings={codings} activeCoding={activeCoding} />;
}
