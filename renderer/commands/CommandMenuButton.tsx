// Several commands of the table behind one button ("Export" in a toolbar, the project's menu in the
// header): a menu that stays in the window.
import { Button, Menu, MenuItem, MenuTrigger, Popover, Text, TooltipTrigger } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import type { CommandId, IconKey } from '../../shared/commands/commandTable';
import { CommandIcon } from './commandIcons';
import { CommandTooltip } from './CommandButton';
import { DrawnFigure } from '../ui/DrawnFigure';
import { useCommands } from './CommandContext';

interface CommandMenuButtonProps {
  label: string;
  icon: IconKey;
  ids: readonly CommandId[];
  /** Only the icon on the button, the label as its accessible name and tooltip: where room is short. */
  iconOnly?: boolean;
}

export function CommandMenuButton({ label, icon, ids, iconOnly = false }: CommandMenuButtonProps) {
  const commands = useCommands(ids);
  const button = (
    <Button className="command-button with-label" aria-label={iconOnly ? label : undefined}>
      <CommandIcon icon={icon} />
      {iconOnly ? null : <span>{label}</span>}
      <ChevronDown size={14} aria-hidden="true" />
    </Button>
  );
  return (
    <MenuTrigger>
      {iconOnly ? (
        <TooltipTrigger delay={600}>
          {button}
          <CommandTooltip name={label} shortcut={null} />
        </TooltipTrigger>
      ) : (
        button
      )}
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
