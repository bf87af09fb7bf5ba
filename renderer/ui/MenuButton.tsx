// A button that opens a menu of actions below itself (React Aria: arrow keys, typeahead, Escape; the
// popover flips and shifts to stay inside the window).
import { Button, Menu, MenuItem as AriaMenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import type { MenuItem } from './MenuPopup';
import { DrawnFigure } from './DrawnFigure';

export function MenuButton({ label, items }: { label: string; items: readonly MenuItem[] }) {
  return (
    <MenuTrigger>
      <Button className="command-button">{label}</Button>
      <Popover className="menu-popover" placement="bottom end" containerPadding={8}>
        <Menu className="menu" aria-label={label} onAction={(key) => items[Number(key)]?.onSelect()}>
          {items.map((item, i) => (
            <AriaMenuItem key={item.label} id={i} className="menu-entry" textValue={item.label}>
              <Text slot="label">{item.label}</Text>
              {item.hint ? <DrawnFigure as="kbd" figure={item.hint} /> : null}
            </AriaMenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
