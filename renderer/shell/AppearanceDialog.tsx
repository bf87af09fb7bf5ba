// Appearance (the "Appearance…" command): light, dark, or as the system is.
import { useState } from 'react';
import { Button, Dialog, Heading, Label, Modal, ModalOverlay, Radio, RadioGroup } from 'react-aria-components';
import { useCommandHandler } from '../commands/CommandContext';
import { THEME_CHOICES, useTheme, type ThemeChoice } from './theme';

const NAMES: Record<ThemeChoice, string> = { system: 'As the system is', light: 'Light', dark: 'Dark' };

export function AppearanceDialog() {
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useTheme();
  useCommandHandler('preferences', () => setOpen(true));
  return (
    <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
      <Modal className="palette-modal">
        <Dialog className="palette appearance">
          <Heading slot="title">Appearance</Heading>
          <RadioGroup className="theme-choice" value={theme} onChange={(value) => setTheme(value as ThemeChoice)}>
            <Label>Theme</Label>
            {THEME_CHOICES.map((choice) => (
              <Radio key={choice} value={choice} className="theme-option">
                {NAMES[choice]}
              </Radio>
            ))}
          </RadioGroup>
          <div className="dialog-buttons">
            <Button className="command-button" slot="close">
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
