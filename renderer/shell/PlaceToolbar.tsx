// The toolbar of a place: the table's commands for that place, in the table's order, those of one
// toolbar menu ("Export") gathered behind one button where the first of them stands.
import type { ReactNode } from 'react';
import { Toolbar } from 'react-aria-components';
import { COMMANDS, PLACE_NAMES, type CommandId, type CommandSpec, type ToolbarMenu } from '../../shared/commands/commandTable';
import type { PlaceId } from '../places/places';
import { CommandButton } from '../commands/CommandButton';
import { CommandMenuButton } from '../commands/CommandMenuButton';

type Entry = { kind: 'button'; id: CommandId } | { kind: 'menu'; label: ToolbarMenu; ids: CommandId[] };

export function toolbarEntries(place: PlaceId): Entry[] {
  const entries: Entry[] = [];
  for (const spec of COMMANDS as readonly CommandSpec[]) {
    if (!spec.toolbar?.includes(place)) continue;
    const id = spec.id as CommandId;
    if (!spec.toolbarMenu) {
      entries.push({ kind: 'button', id });
      continue;
    }
    const menu = entries.find((e): e is Extract<Entry, { kind: 'menu' }> => e.kind === 'menu' && e.label === spec.toolbarMenu);
    if (menu) menu.ids.push(id);
    else entries.push({ kind: 'menu', label: spec.toolbarMenu, ids: [id] });
  }
  return entries;
}

const MENU_ICONS = { Export: 'export', 'More import options': 'manifest' } as const;

/**
 * `start`: what the place puts before the table's commands (Undo and Redo). A landmark of its own
 * ("Commands"), since it stands outside the place's `main`: one keystroke of a screen reader's landmark
 * navigation reaches it, as it reaches the header and the places' rail.
 */
export function PlaceToolbar({ place, start }: { place: PlaceId; start?: ReactNode }) {
  return (
    <section aria-label="Commands">
      <Toolbar className="place-toolbar" aria-label={`${PLACE_NAMES[place]} tools`}>
        {start}
        {toolbarEntries(place).map((entry) =>
          entry.kind === 'button' ? (
            <CommandButton key={entry.id} id={entry.id} />
          ) : (
            <CommandMenuButton key={entry.label} label={entry.label} icon={MENU_ICONS[entry.label]} ids={entry.ids} />
          ),
        )}
      </Toolbar>
    </section>
  );
}

/** The header's commands: those on the project as a whole (save a copy, open a project file), appearance, the palette. */
export function HeaderCommands() {
  const ids = (COMMANDS as readonly CommandSpec[]).filter((spec) => spec.header).map((spec) => spec.id as CommandId);
  return (
    <Toolbar className="header-commands" aria-label="Project and window">
      {ids.map((id) => (
        <CommandButton key={id} id={id} />
      ))}
    </Toolbar>
  );
}
