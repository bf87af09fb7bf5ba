// The toolbar's Undo and Redo: each names what it would do (its accessible name and tooltip), shows a
// short label of fixed width so the toolbar does not move as the label changes, and is disabled with
// nothing to do.
import { Button, TooltipTrigger } from 'react-aria-components';
import { useHistory } from './HistoryContext';
import { useCommand } from '../../commands/CommandContext';
import { CommandIcon } from '../../commands/commandIcons';
import { CommandTooltip } from '../../commands/CommandButton';
import { useAriaKeyShortcuts } from '../../commands/useAriaKeyShortcuts';

export function UndoRedoButtons() {
  const { nextUndo, nextRedo } = useHistory();
  return (
    <div className="undo-redo" role="group" aria-label="Undo and redo">
      <HistoryButton id="undo" short="Undo" label={nextUndo ? `Undo ${nextUndo.label}` : 'Undo'} />
      <HistoryButton id="redo" short="Redo" label={nextRedo ? `Redo ${nextRedo.label}` : 'Redo'} />
    </div>
  );
}

function HistoryButton({ id, short, label }: { id: 'undo' | 'redo'; short: string; label: string }) {
  const command = useCommand(id);
  const ref = useAriaKeyShortcuts<HTMLButtonElement>(command.ariaKeys);
  return (
    <TooltipTrigger delay={600}>
      <Button ref={ref} className="command-button with-label" aria-label={label} isDisabled={!command.enabled} onPress={() => command.run('toolbar')}>
        <CommandIcon icon={command.spec.icon} />
        <span>{short}</span>
      </Button>
      <CommandTooltip name={command.enabled ? label : `Nothing to ${short.toLowerCase()}`} shortcut={command.shortcut} />
    </TooltipTrigger>
  );
}
