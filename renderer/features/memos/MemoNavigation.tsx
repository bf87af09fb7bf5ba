// Opening a memo's target from anywhere (the memo search): a document, or a coding in a document that
// may not be open yet. The workspace that shows the document takes the pending coding and selects it.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CodingRecord } from '../../../shared/model';
import { useAnnounce } from '../../ui/Announcer';
import { useCoderView } from '../coders/CoderViewContext';
import { hiddenBy } from '../coders/coderVisibility';
import { useProject } from '../projects/ProjectContext';

interface Pending {
  docId: string;
  codingId: string;
}

interface MemoNavigation {
  openDocument(docId: string, codingId?: string): void;
  /** Opens the document of a coding and selects the coding there; false if the coding is gone. */
  openCoding(codingId: string): Promise<boolean>;
  pending: Pending | null;
  done(): void;
}

const MemoNavigationContext = createContext<MemoNavigation | null>(null);

export function MemoNavigationProvider({ openDocument, children }: { openDocument(docId: string): void; children: ReactNode }) {
  const { db } = useProject();
  const [pending, setPending] = useState<Pending | null>(null);
  const value = useMemo<MemoNavigation>(() => {
    const open = (docId: string, codingId?: string) => {
      setPending(codingId ? { docId, codingId } : null);
      openDocument(docId);
    };
    return {
      openDocument: open,
      openCoding: async (codingId) => {
        const coding = await db.codings.get(codingId);
        if (coding) open(coding.docId, coding.id);
        return coding !== undefined;
      },
      pending,
      done: () => setPending(null),
    };
  }, [db, openDocument, pending]);
  return <MemoNavigationContext.Provider value={value}>{children}</MemoNavigationContext.Provider>;
}

export function useMemoNavigation(): MemoNavigation {
  const value = useContext(MemoNavigationContext);
  if (!value) throw new Error('useMemoNavigation outside MemoNavigationProvider');
  return value;
}

/**
 * In the coding workspace: selects the coding another place asked for (a memo, Agreement, Retrieve),
 * once this document's text is drawn (`ready`) and its codings are loaded. `codings` are every
 * coder's, hidden or not: a coding by a coder hidden one by one shows that coder again (the researcher
 * asked for that very coding, and is told); in blind mode another coder's coding stays hidden, and the
 * researcher is told why the document opened without it.
 */
export function useRevealCoding(docId: string, ready: boolean, codings: readonly CodingRecord[], select: (coding: CodingRecord) => void): void {
  const { pending, done } = useMemoNavigation();
  const { db, coder } = useProject();
  const { visibility, loaded, setShown } = useCoderView();
  const announce = useAnnounce();
  useEffect(() => {
    // Until the coder view is read it stands at blind mode (CoderViewContext): waiting for it keeps a
    // coder hidden one by one from passing for one kept from the researcher by blind mode.
    if (!ready || !loaded || !pending || pending.docId !== docId) return;
    const coding = codings.find((c) => c.id === pending.codingId);
    if (!coding) return;
    const hidden = hiddenBy(coding.coderId, coder.id, visibility);
    if (hidden === 'blind-mode') {
      done();
      announce('That coding is another coder’s, which blind mode hides: the document is open without it. Turn blind mode off once your own coding is done to see it.');
      return;
    }
    if (hidden === 'hidden-coder') {
      // Shown at once (the view changes before its setting is written): this runs again, and selects it.
      const showing = setShown(coding.coderId, true);
      void (async () => {
        const name = (await db.coders.get(coding.coderId).catch(() => undefined))?.name ?? 'The coding’s coder';
        try {
          await showing;
          announce(`${name}’s codings are shown again, to open the coding asked for. Hide them again in Coders (your name in the top bar).`);
        } catch (error) {
          announce(`${name}’s codings are shown to open the coding asked for, but that could not be kept for next time: ${(error as Error).message}`);
        }
      })();
      return;
    }
    done();
    select(coding);
  }, [ready, loaded, pending, docId, codings, select, done, db, coder.id, visibility, setShown, announce]);
}
