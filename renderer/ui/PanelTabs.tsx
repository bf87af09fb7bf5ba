// Panels that take turns in one pane: one tab a panel, arrows (and Home, End) move between the tabs
// and choose as they move. Every panel stays mounted while hidden, so a memo half written or a
// scrolled list is as it was when its tab comes back. The chosen tab is kept under `storageKey`, so
// opening the next document shows the same panel.
//
// Plain elements with the tab roles rather than React Aria's tabs: its tab panel looks through its
// whole content for something to tab to after every change inside it, hidden panels included (each
// element asked for its style, none found in a hidden one), which on the coding screen cost two such
// walks per code applied. Here only the shown panel is looked at, by one selector query.
//
// ViewTabs: the same tabs choosing which view one panel shows (Compare's table, co-occurrence or
// distinctive words), React Aria's. Only the chosen view is mounted, since each computes its own
// result, and the arrows move between tabs without choosing: Enter or Space chooses, so passing over
// a tab does not start its computation.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { TABBABLE } from './tabbable';
import './panelTabs.css';

/** A tab: its id and the name it shows. */
export interface TabName {
  id: string;
  name: string;
}

export interface PanelTab extends TabName {
  content: ReactNode;
}

interface PanelTabsProps {
  label: string;
  tabs: readonly PanelTab[];
  storageKey: string;
}

export function PanelTabs({ label, tabs, storageKey }: PanelTabsProps) {
  const [selected, setSelected] = useState<string>(() => {
    const kept = localStorage.getItem(storageKey);
    return tabs.some((tab) => tab.id === kept) ? kept! : tabs[0]!.id;
  });
  const base = useId();
  const tabRefs = useRef(new Map<string, HTMLElement>());
  const choose = (id: string) => {
    setSelected(id);
    localStorage.setItem(storageKey, id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    // Past either end the arrows go round to the other.
    const next = tabs[(to + tabs.length) % tabs.length]!;
    choose(next.id);
    tabRefs.current.get(next.id)?.focus();
  };
  return (
    <div className="panel-tabs">
      <div role="tablist" aria-label={label} aria-orientation="horizontal" className="panel-tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <div
            key={tab.id}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.id, element);
              else tabRefs.current.delete(tab.id);
            }}
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-controls={`${base}-panel-${tab.id}`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            data-selected={tab.id === selected || undefined}
            className="panel-tab"
            onClick={() => choose(tab.id)}
          >
            {tab.name}
          </div>
        ))}
      </div>
      {tabs.map((tab) => (
        <ShownPanel key={tab.id} id={`${base}-panel-${tab.id}`} tabId={`${base}-tab-${tab.id}`} shown={tab.id === selected}>
          {tab.content}
        </ShownPanel>
      ))}
    </div>
  );
}

/**
 * A tab's panel, hidden (and inert) unless chosen. The shown panel takes the keyboard's focus itself
 * when nothing inside it can (so its content can still be scrolled by key), as the ARIA tabs pattern
 * asks; a hidden panel is not looked into at all.
 */
function ShownPanel({ id, tabId, shown, children }: { id: string; tabId: string; shown: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [reachable, setReachable] = useState(false);
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!shown || !panel) return;
    // The first control found is enough to know the panel has one.
    const look = () => setReachable(panel.querySelector(TABBABLE) !== null);
    look();
    // Content drawn after the first paint, or a control appearing or going, changes the answer.
    const observer = new MutationObserver(look);
    observer.observe(panel, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex', 'disabled', 'contenteditable'] });
    return () => observer.disconnect();
  }, [shown]);
  return (
    <div
      ref={ref}
      role="tabpanel"
      id={id}
      aria-labelledby={tabId}
      tabIndex={shown && !reachable ? 0 : undefined}
      inert={!shown}
      data-inert={shown ? undefined : true}
      className="panel-tab-panel"
    >
      {children}
    </div>
  );
}

interface ViewTabsProps {
  label: string;
  views: readonly TabName[];
  selected: string;
  onSelect(id: string): void;
  className?: string;
  /** The chosen view. */
  children: ReactNode;
}

export function ViewTabs({ label, views, selected, onSelect, className, children }: ViewTabsProps) {
  return (
    <Tabs className={className ? `panel-tabs ${className}` : 'panel-tabs'} selectedKey={selected} onSelectionChange={(key) => onSelect(String(key))} keyboardActivation="manual">
      <PanelTabList label={label} tabs={views} />
      <TabPanel id={selected} className="panel-tab-panel">
        {children}
      </TabPanel>
    </Tabs>
  );
}

function PanelTabList({ label, tabs }: { label: string; tabs: readonly TabName[] }) {
  return (
    <TabList className="panel-tab-list" aria-label={label}>
      {tabs.map((tab) => (
        <Tab key={tab.id} id={tab.id} className="panel-tab">
          {tab.name}
        </Tab>
      ))}
    </TabList>
  );
}
