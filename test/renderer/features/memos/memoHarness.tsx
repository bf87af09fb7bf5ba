// Memo components rendered in jsdom over a real project database (fake IndexedDB): React commits,
// Dexie's live queries and Lexical editors as the app runs them. The test file stands in for the open
// project with `vi.mock` of ProjectContext (see projectValue), since the provider opens the workspace.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import type { CoderRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { RegistryDatabase } from '../../../../renderer/db/registry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const KIM: CoderRecord = { id: 'kim', name: 'Kim', color: '#1f77b4' };

/** What useProject gives the memo components. */
export function projectValue(db: ProjectDatabase, coder: CoderRecord = KIM) {
  return { db, coder, registry: new RegistryDatabase(undefined, `registry-${crypto.randomUUID()}`), project: { id: 'project-1', name: 'Housing study' } };
}

export interface Screen {
  host: HTMLElement;
  render(node: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

export function screen(): Screen {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root: Root = createRoot(host);
  return {
    host,
    render: (node) => act(async () => root.render(node)),
    unmount: () => act(async () => root.unmount()),
  };
}

/** Lets live queries answer and React draw what they gave. */
export async function settle(ms = 50): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** The Lexical editor of the memo text box of that accessible name. */
export function memoEditor(host: HTMLElement, label: string): LexicalEditor {
  const element = host.querySelector(`[role="textbox"][aria-label="${label}"]`) as (HTMLElement & { __lexicalEditor?: LexicalEditor }) | null;
  if (!element?.__lexicalEditor) throw new Error(`No memo editor named “${label}”`);
  return element.__lexicalEditor;
}

/** Makes the memo's text this, as typing would (one update with dirty text). */
export function typeInto(editor: LexicalEditor, text: string): void {
  editor.update(() => void $getRoot().clear().append($createParagraphNode().append($createTextNode(text))), { discrete: true });
}

export function textOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}
