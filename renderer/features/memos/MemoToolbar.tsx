// Formatting for a memo: bold, italic, and lists. Ctrl/Cmd+B and +I work in the text as well.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';
import { ariaKeys } from '../../commands/shownKeys';

interface Formats {
  bold: boolean;
  italic: boolean;
  list: 'bullet' | 'number' | null;
}

export function MemoToolbar() {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>({ bold: false, italic: false, list: null });
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const list = $findMatchingParent(selection.anchor.getNode(), $isListNode);
          const type = list && $isListNode(list) ? list.getListType() : null;
          setFormats({ bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), list: type === 'bullet' || type === 'number' ? type : null });
        });
      }),
    [editor],
  );
  const toggleList = (type: 'bullet' | 'number') => {
    if (formats.list === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.focus();
  };
  return (
    <div className="memo-toolbar" role="group" aria-label="Memo formatting">
      <button type="button" aria-label="Bold" aria-pressed={formats.bold} aria-keyshortcuts={ariaKeys('CmdOrCtrl+B')} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <strong aria-hidden="true">B</strong>
      </button>
      <button type="button" aria-label="Italic" aria-pressed={formats.italic} aria-keyshortcuts={ariaKeys('CmdOrCtrl+I')} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <em aria-hidden="true">I</em>
      </button>
      <button type="button" aria-pressed={formats.list === 'bullet'} onClick={() => toggleList('bullet')}>
        Bulleted list
      </button>
      <button type="button" aria-pressed={formats.list === 'number'} onClick={() => toggleList('number')}>
        Numbered list
      </button>
    </div>
  );
}
