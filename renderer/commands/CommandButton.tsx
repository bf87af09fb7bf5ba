// A command of the table as a toolbar button: its icon, its name as the accessible name, and a tooltip
// with its name and key.
import { Button, Tooltip, TooltipTrigger } from 'react-aria-components';
import type { CommandId } from '../../shared/commands/commandTable';
import { CommandIcon } from './commandIcons';
import { useCommand } from './CommandContext';
import { useAriaKeyShortcuts } from './useAriaKeyShortcuts';

export function CommandButton({ id, showName = false }: { id: CommandId; showName?: boolean }) {
  const command = useCommand(id);
  const ref = useAriaKeyShortcuts<HTMLButtonElement>(command.ariaKeys);
  return (
    <TooltipTrigger delay={600}>
      <Button
        className="command-button"
        aria-label={showName ? undefined : command.spec.name}
        ref={ref}
        isDisabled={!command.enabled}
        onPress={() => command.run('toolbar')}
      >
        <CommandIcon icon={command.spec.icon} />
        {showName ? <span>{command.spec.name}</span> : null}
      </Button>
      <CommandTooltip name={command.spec.name} shortcut={command.shortcut} />
    </TooltipTrigger>
  );
}

export function CommandTooltip({ name, shortcut, placement = 'bottom' }: { name: string; shortcut: string | null; placement?: 'bottom' | 'end' }) {
  return (
    <Tooltip className="tooltip" placement={placement} offset={6}>
      {name}
      {shortcut ? <kbd>{shortcut}</kbd> : null}
    </Tooltip>
  );
}
