// Several commands of the table behind one toolbar button ("Export"): a menu that stays in the window.
import { Button, Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import type { CommandId, IconKey } from '../../shared/commands/commandTable';
import { CommandIcon } from './commandIcons';
import { DrawnFigure } from '../ui/DrawnFigure';
import { useCommands } from './CommandContext';

export function CommandMenuButton({ label, icon, ids }: { label: string; icon: IconKey; ids: readonly CommandId[] }) {
  const commands = useCommands(ids);
  return (
    <MenuTrigger>
      <Button className="command-button with-label">
        <CommandIcon icon={icon} />
        <span>{label}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </Button>
      <Popover className="menu-popover" placement="bottom start" containerPadding={8}>
        <Menu className="menu" aria-label={label} onAction={(key) => commands.find((c) => c.spec.id === key)?.run('toolbar')}>
          {commands.map((command) => (
            <MenuItem key={command.spec.id} id={command.spec.id} className="menu-entry" textValue={command.spec.shortName ?? command.spec.name} isDisabled={!command.enabled}>
              <Text slot="label">{command.spec.shortName ?? command.spec.name}</Text>
              {command.shortcut ? <DrawnFigure as="kbd" figure={command.shortcut} /> : null}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
