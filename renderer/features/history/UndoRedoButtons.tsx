// The toolbar's Undo and Redo: each names what it would do (its accessible name and tooltip), shows a
// short label of fixed width so the toolbar does not move as the label changes, and is disabled with
// nothing to do.
import { Button, TooltipTrigger } from 'react-aria-components';
import { useHistory } from './HistoryContext';
import { useCommands } from '../../commands/CommandContext';
import { CommandIcon } from '../../commands/commandIcons';
import { CommandTooltip } from '../../commands/CommandButton';

export function UndoRedoButtons() {
  const { nextUndo, nextRedo } = useHistory();
  const [undo, redo] = useCommands(['undo', 'redo']);
  return (
    <div className="undo-redo" role="group" aria-label="Undo and redo">
      {[
        { command: undo!, label: nextUndo ? `Undo ${nextUndo.label}` : 'Undo', short: 'Undo' },
        { command: redo!, label: nextRedo ? `Redo ${nextRedo.label}` : 'Redo', short: 'Redo' },
      ].map(({ command, label, short }) => (
        <TooltipTrigger key={short} delay={600}>
          <Button className="command-button with-label" aria-label={label} aria-keyshortcuts={command.ariaKeys} isDisabled={!command.enabled} onPress={() => command.run('toolbar')}>
            <CommandIcon icon={command.spec.icon} />
            <span>{short}</span>
          </Button>
          <CommandTooltip name={command.enabled ? label : `Nothing to ${short.toLowerCase()}`} shortcut={command.shortcut} />
        </TooltipTrigger>
      ))}
    </div>
  );
}
