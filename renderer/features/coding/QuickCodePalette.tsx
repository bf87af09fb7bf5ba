// The quick-code palette: a combobox that floats by the selected passage, without a modal. Type to
// find a code by name or path, arrows to choose, Enter to apply it (or to create a code of the typed
// name and apply it), Escape to go back to the text with the passage still selected.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { useAnnounce } from '../../ui/Announcer';
import { nothingOffered, optionLabel, paletteOptions, type PaletteOption } from './paletteOptions';

interface QuickCodePaletteProps {
  /** The input's accessible name: "Quick code", or what the palette is for ("Code whole document"). */
  label: string;
  codes: readonly CodeRecord[];
  recentIds: readonly string[];
  position: { x: number; y: number };
  /** Offer "Create code “…”" for a name no code has. */
  allowCreate: boolean;
  onApply(code: CodeRecord): void;
  onCreate(name: string): void;
  /** `toText`: Escape was pressed, the focus goes back to the document (a click elsewhere keeps it there). */
  onClose(toText: boolean): void;
}

export function QuickCodePalette({ label, codes, recentIds, position, allowCreate, onApply, onCreate, onClose }: QuickCodePaletteProps) {
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(position);
  const listId = useId();
  const options = useMemo(
    () => paletteOptions(codes, recentIds, query).filter((option) => allowCreate || option.kind === 'code'),
    [codes, recentIds, query, allowCreate],
  );
  const current = options[Math.min(active, options.length - 1)];
  const optionId = (i: number) => `${listId}-option-${i}`;

  useLayoutEffect(() => {
    input.current?.focus();
    // Keep the whole palette on screen: near the bottom or right edge, it opens above or to the left.
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    setPlace({
      x: Math.max(8, Math.min(position.x, window.innerWidth - rect.width - 8)),
      y: position.y + rect.height > window.innerHeight - 8 ? Math.max(8, position.y - rect.height - 28) : position.y,
    });
  }, [position]);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (option: PaletteOption | undefined) => {
    // Nothing to choose: said aloud too, as the list's note is not read when Enter does nothing.
    if (!option) return announce(nothingOffered(query, allowCreate));
    onClose(true);
    if (option.kind === 'code') onApply(option.code);
    else onCreate(option.name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // While an input method composes (Chinese, Japanese, Korean), Enter confirms the characters, Escape
    // cancels them and the arrows pick a candidate: those keys are the input method's, not the palette's.
    if (event.nativeEvent.isComposing) return;
    const last = options.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
    else if (event.key === 'PageDown') setActive((i) => Math.min(last, i + 8));
    else if (event.key === 'PageUp') setActive((i) => Math.max(0, i - 8));
    else if (event.key === 'Enter') choose(current);
    else if (event.key === 'Escape') onClose(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={box} className="quick-code" style={{ left: place.x, top: place.y }} onBlur={(event) => {
      if (!box.current?.contains(event.relatedTarget as Node | null)) onClose(false);
    }}>
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(options.indexOf(current)) : undefined}
        placeholder="Type a code, Enter to apply"
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: codes`} className="quick-code-options">
        {options.map((option, i) => (
          <li
            key={option.kind === 'code' ? option.code.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-label={optionLabel(option)}
            aria-selected={option === current}
            className={option.kind === 'create' ? 'quick-code-create' : undefined}
            // Keep the focus in the input: a click chooses, as Enter does.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            onMouseMove={() => setActive(i)}
          >
            {option.kind === 'code' ? (
              <>
                <span className="swatch" style={{ backgroundColor: option.code.color }} aria-hidden="true" />
                <span className="quick-code-name">{option.code.name}</span>
                {option.path !== option.code.name ? <span className="meta">{option.path}</span> : null}
                {option.recent ? <span className="meta">recent</span> : null}
              </>
            ) : (
              <span>{optionLabel(option)}</span>
            )}
          </li>
        ))}
        {options.length === 0 ? (
          <li role="option" aria-selected="false" aria-disabled="true" className="meta">
            {nothingOffered(query, allowCreate)}
          </li>
        ) : null}
      </ul>
      <p className="quick-code-hint meta" aria-hidden="true">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> apply · <kbd>Esc</kbd> back to the text
      </p>
    </div>
  );
}
