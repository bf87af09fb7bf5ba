// The command palette (Ctrl/Cmd+Shift+P): every command of the table that can run now, found by typing,
// each with its key; Enter or a click runs it. The list is virtualised: only the rows in view are drawn.
import { useLayoutEffect, useRef, useState } from 'react';
import { Autocomplete, Dialog, Heading, Input, ListLayout, Menu, MenuItem, Modal, ModalOverlay, SearchField, Text, Virtualizer, useFilter } from 'react-aria-components';
import { COMMAND_IDS, commandSpec, isCommandId, shortcutOf, type CommandId } from '../../shared/commands/commandTable';
import { acceleratorMatches } from '../../shared/commands/shortcuts';
import { CommandIcon } from './commandIcons';
import { DrawnFigure } from '../ui/DrawnFigure';
import { useCommandHandler, useCommands } from './CommandContext';
import { isMacPlatform } from './textFields';

/** Fixed, so the virtualiser places rows without measuring them (see .palette-item). */
const PALETTE_ROW_HEIGHT = 32;

/** Not listed: the palette itself. */
const LISTED = COMMAND_IDS.filter((id) => id !== 'commandPalette');

/** Whether the typed text names one of the command's keys ("ctrl+e", "ctrl 1"): shown or also taken (Ctrl+Y). */
function keyMatches(id: CommandId, typed: string, isMac: boolean): boolean {
  const spec = commandSpec(id);
  const shown = shortcutOf(spec, isMac);
  const also = isMac ? [] : (spec.alsoKeys?.other ?? []);
  return [...(shown ? [shown] : []), ...also].some((key) => acceleratorMatches(key, typed, isMac));
}

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useCommandHandler('commandPalette', () => setOpen(true));
  return (
    <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
      <Modal className="palette-modal">
        <Dialog className="palette" aria-label="Command palette">{open ? <PaletteList onDone={() => setOpen(false)} /> : null}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function PaletteList({ onDone }: { onDone(): void }) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const isMac = isMacPlatform();
  // By name, whatever the case and accents; or by key.
  const matches = (name: string, typed: string, node: { key: unknown }) =>
    contains(name, typed) || (isCommandId(node.key) && keyMatches(node.key, typed, isMac));
  const commands = useCommands(LISTED).filter((c) => c.enabled);
  const run = (id: CommandId) => {
    onDone();
    // After the dialog has gone, so the command's own dialog or focus move is not undone by its closing.
    requestAnimationFrame(() => commands.find((c) => c.spec.id === id)?.run('palette'));
  };
  // The menu is the virtualiser's scroller. It takes the focus too, so a keyboard user can scroll it
  // (the arrows move through the commands from the search field); React Aria's Menu takes no tabIndex.
  const menu = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    menu.current?.setAttribute('tabindex', '0');
  });
  return (
    <>
      <Heading slot="title" className="visually-hidden">
        Command palette
      </Heading>
      {/* One Escape closes the palette (a search field's own Escape would only clear it). */}
      <div
        className="palette-body"
        onKeyDownCapture={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onDone();
        }}
      >
      <Autocomplete filter={matches}>
        <SearchField aria-label="Find a command" autoFocus className="palette-search">
          <Input placeholder="Type a command…" />
        </SearchField>
        {/* The menu is its own scroller; the arrows move through the commands from the search field and
            scroll the chosen one into view. */}
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: PALETTE_ROW_HEIGHT }}>
          <Menu ref={menu} className="palette-list" aria-label="Commands" onAction={(key) => run(key as CommandId)} renderEmptyState={() => <p className="palette-empty">No command matches.</p>}>
            {commands.map((command) => (
              <MenuItem key={command.spec.id} id={command.spec.id} textValue={command.spec.name} className="palette-item">
                <CommandIcon icon={command.spec.icon} size={16} />
                <Text slot="label">{command.spec.name}</Text>
                {command.shortcut ? <DrawnFigure as="kbd" figure={command.shortcut} /> : null}
              </MenuItem>
            ))}
          </Menu>
        </Virtualizer>
      </Autocomplete>
      </div>
    </>
  );
}
