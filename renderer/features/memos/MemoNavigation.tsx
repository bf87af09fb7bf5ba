// Opening a memo's target from anywhere (the memo search): a document, or a coding in a document that
// may not be open yet. The workspace that shows the document takes the pending coding and selects it.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CodingRecord } from '../../../shared/model';
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
 * In the coding workspace: selects the coding a memo search asked for, once this document's text is
 * drawn (`ready`) and its codings are loaded.
 */
export function useRevealCoding(docId: string, ready: boolean, codings: readonly CodingRecord[], select: (coding: CodingRecord) => void): void {
  const { pending, done } = useMemoNavigation();
  useEffect(() => {
    if (!ready || !pending || pending.docId !== docId) return;
    const coding = codings.find((c) => c.id === pending.codingId);
    if (!coding) return;
    done();
    select(coding);
  }, [ready, pending, docId, codings, select, done]);
}
