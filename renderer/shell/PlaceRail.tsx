// The navigation rail: the places that have a screen, each with its icon, its name and its key
// (Ctrl/Cmd+1…6, the table's "Go to" commands, which this rail also registers).
import { useEffect, useRef } from 'react';
import { Button, TooltipTrigger } from 'react-aria-components';
import { goToCommand } from '../../shared/commands/commandTable';
import { PLACE_NAMES, type PlaceId } from '../places/places';
import { usePlace } from '../places/PlaceContext';
import { useCommand, useCommandHandler } from '../commands/CommandContext';
import { CommandIcon } from '../commands/commandIcons';
import { CommandTooltip } from '../commands/CommandButton';
import { useAriaKeyShortcuts } from '../commands/useAriaKeyShortcuts';

export function PlaceRail({ places }: { places: readonly PlaceId[] }) {
  return (
    <nav className="place-rail" aria-label="Places">
      {places.map((place) => (
        <RailButton key={place} place={place} />
      ))}
    </nav>
  );
}

function RailButton({ place }: { place: PlaceId }) {
  const { place: current, goTo } = usePlace();
  const command = useCommand(goToCommand(place));
  // Gone to by its key, the menu or the palette, the place replaces the screen that may have held the
  // focus (the Library's search, say): the focus would fall to nothing, and Tab start again at the
  // header. It comes here instead, where the rail says which place this is. (A focus that was on
  // nothing before the key is left there.)
  const arriving = useRef(false);
  useCommandHandler(goToCommand(place), (source) => {
    const focused = document.activeElement;
    arriving.current = current !== place && (source === 'palette' || (focused !== null && focused !== document.body));
    goTo(place);
  });
  const name = PLACE_NAMES[place];
  const ref = useAriaKeyShortcuts<HTMLButtonElement>(command.ariaKeys);
  useEffect(() => {
    if (!arriving.current || current !== place) return;
    arriving.current = false;
    const focused = document.activeElement;
    if (!focused || focused === document.body) ref.current?.focus();
  }, [current, place, ref]);
  return (
    <TooltipTrigger delay={600}>
      <Button className="rail-button" aria-current={current === place ? 'page' : undefined} ref={ref} onPress={() => goTo(place)}>
        <CommandIcon icon={place} size={22} />
        <span className="rail-name">{name}</span>
      </Button>
      <CommandTooltip name={command.spec.name} shortcut={command.shortcut} placement="end" />
    </TooltipTrigger>
  );
}
