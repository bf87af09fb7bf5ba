// The coder's own memo on one target, as rich text. It saves itself: after a pause in typing, when the
// editor loses the focus, and when it closes, each save one operation in the log (so an editing burst
// is one undo step, not one per key). Ctrl+Z inside the editor takes back typing (Lexical's history);
// outside it, the project's undo may take back a whole save, and the editor then shows the result.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from '@lexical/utils';
import { useLiveQuery } from 'dexie-react-hooks';
import { $getRoot, $setSelection, BLUR_COMMAND, CLEAR_HISTORY_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { MemoRecord } from '../../../shared/model';
import type { MemoContext, MemoTarget } from '../../../shared/changes/memoChanges';
import { memoOf, saveMemo } from '../../db/memos';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { useAnnounce } from '../../ui/Announcer';
import { registerSaveBeforeClosing } from '../../ui/saveBeforeClosing';
import { failureReason } from '../../db/writeFailure';
import { useProject } from '../projects/ProjectContext';
import { $loadMemoBody } from './memoEditorState';
import { MEMO_NODES } from './memoNodes';
import { MemoToolbar } from './MemoToolbar';

/** How long typing may pause before the memo is saved (one operation per burst of typing). */
export const MEMO_SAVE_DELAY_MS = 1000;
/** After a failed save, how long before it is tried again (leaving the editor tries at once). */
export const MEMO_RETRY_DELAY_MS = 10_000;

interface MemoEditorProps {
  target: MemoTarget;
  /** The target as the log's labels name it: "the document “Courier”". */
  describe: string;
  /** The editor's accessible name. */
  label: string;
  /** The document and code a coding memo belongs to, for the audit trail. */
  context?: MemoContext;
}

export function MemoEditor({ target, describe, label, context }: MemoEditorProps) {
  const { db, coder } = useProject();
  const stored = useLiveQuery(async () => ({ memo: await memoOf(db, target, coder.id) }), [db, target.targetType, target.targetId, coder.id]);
  if (!stored) return <p className="hint">Opening the memo…</p>;
  return <LoadedMemoEditor db={db} coderId={coder.id} target={target} describe={describe} label={label} context={context} stored={stored.memo} />;
}

interface LoadedProps extends MemoEditorProps {
  db: ProjectDatabase;
  coderId: string;
  stored: MemoRecord | undefined;
}

function LoadedMemoEditor({ db, coderId, target, describe, label, context, stored }: LoadedProps) {
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // The content the editor opens with; later changes to the stored memo arrive through MemoSavePlugin.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'framewise-memo',
    nodes: [...MEMO_NODES],
    theme: { paragraph: 'memo-paragraph', list: { ul: 'memo-ul', ol: 'memo-ol', listitem: 'memo-li' }, text: { bold: 'memo-bold', italic: 'memo-italic', underline: 'memo-underline' } },
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => $loadMemoBody(stored?.body ?? ''),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <MemoToolbar />
      <div className="memo-editor">
        <RichTextPlugin
          contentEditable={<ContentEditable className="memo-text" role="textbox" aria-multiline="true" aria-label={label} spellCheck />}
          placeholder={<div className="memo-placeholder">Write a memo…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <MemoSavePlugin db={db} coderId={coderId} target={target} describe={describe} context={context} storedBody={stored?.body ?? ''} onState={setSaveState} />
      {/* Seen, not spoken: a screen reader would hear it after every pause in typing. */}
      <p className="meta memo-save-state" aria-hidden="true">
        {saveState === 'pending' ? 'Not saved yet…' : saveState === 'saved' ? 'Saved' : saveState === 'failed' ? 'Not saved' : ''}
      </p>
    </LexicalComposer>
  );
}

type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

interface SaveProps {
  db: ProjectDatabase;
  coderId: string;
  target: MemoTarget;
  describe: string;
  context: MemoContext | undefined;
  /** The stored memo's body now ('' when there is none). */
  storedBody: string;
  onState(state: SaveState): void;
}

function MemoSavePlugin({ db, coderId, target, describe, context, storedBody, onState }: SaveProps) {
  const [editor] = useLexicalComposerContext();
  const announce = useAnnounce();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The stored body this editor last loaded or wrote: a different one came from elsewhere (undo,
  // redo, another window) and is loaded into the editor.
  const knownBody = useRef(storedBody);
  // The editor's content as last saved (serialized), so that an unchanged editor saves nothing.
  const savedBody = useRef<string | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  // Saves asked for and not yet finished. While one is, a stored body that arrives is an earlier
  // save's coming back late (or a change the save is about to write over): the one after the save
  // says what is stored.
  const unfinished = useRef(0);
  // Saves that failed in a row: the first is announced, the retries are not (the state line shows them).
  const failures = useRef(0);
  const closed = useRef(false);
  // The latest props, for saves that run after a re-render or the unmount.
  const latest = useRef({ db, coderId, target, describe, context, onState });
  latest.current = { db, coderId, target, describe, context, onState };

  const flush = () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    const state = editor.getEditorState();
    const content = state.read(() => ({ body: JSON.stringify(state.toJSON()), text: $getRoot().getTextContent() }));
    if (content.body === savedBody.current) {
      latest.current.onState('saved');
      return;
    }
    const before = { saved: savedBody.current, known: knownBody.current };
    savedBody.current = content.body;
    knownBody.current = content.text.trim() === '' ? '' : content.body;
    const { db: database, coderId: coder, target: on, describe: name, context: about } = latest.current;
    unfinished.current++;
    saving.current = saving.current.then(async () => {
      try {
        await saveMemo(database, on, coder, content, name, about);
        failures.current = 0;
        if (timer.current === null) latest.current.onState('saved');
      } catch (error) {
        // Not saved: the content is not what was saved, so the next flush writes it again (rather
        // than finding it "already saved"), and the save is armed again, so that leaving the editor,
        // closing it or a moment's wait retries it. The text stays in the editor.
        if (savedBody.current === content.body) {
          savedBody.current = before.saved;
          knownBody.current = before.known;
        }
        const reason = failureReason(error);
        if (closed.current) {
          // The editor is gone: the status line keeps the text, so that it is not lost.
          announce(`Your memo on ${name} could not be saved: ${reason}. Its text, to copy somewhere safe: “${content.text.trim()}”`);
          return;
        }
        latest.current.onState('failed');
        if (failures.current++ === 0) {
          announce(`Your memo on ${name} could not be saved: ${reason}. Its text stays in the editor, and Framewise tries again when you leave it or in a few seconds.`);
        }
        if (timer.current === null) timer.current = setTimeout(() => flushRef.current(), MEMO_RETRY_DELAY_MS);
      } finally {
        unfinished.current--;
      }
    });
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    closed.current = false;
    const onLeave = () => flushRef.current();
    window.addEventListener('pagehide', onLeave);
    // Closing the window writes what is typed now, rather than a second after the last key.
    const stopSavingBeforeClosing = registerSaveBeforeClosing(async () => {
      flushRef.current();
      await saving.current;
    });
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState }) => {
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = setTimeout(() => flushRef.current(), MEMO_SAVE_DELAY_MS);
        latest.current.onState('pending');
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flushRef.current();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      () => window.removeEventListener('pagehide', onLeave),
      // Closing the editor (another target, another coder) saves what was typed; closing the window
      // waits for that save as for any other.
      () => {
        closed.current = true;
        flushRef.current();
        void saving.current.finally(stopSavingBeforeClosing);
      },
    );
  }, [editor]);

  useEffect(() => {
    // Typing not yet saved wins: it is saved over the stored memo a moment later.
    if (storedBody === knownBody.current || timer.current !== null || unfinished.current > 0) return;
    knownBody.current = storedBody;
    savedBody.current = null;
    // Shown, not focused: the researcher may be anywhere (Ctrl+Z pressed in the text, say).
    const focused = editor.getRootElement()?.contains(document.activeElement) ?? false;
    editor.update(
      () => {
        $loadMemoBody(storedBody);
        if (!focused) $setSelection(null);
      },
      { tag: focused ? HISTORY_MERGE_TAG : [HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG] },
    );
    // The editor's own undo must not step back into the content before this change.
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, storedBody]);

  return null;
}
