// Panels that take turns in one pane (React Aria's Tabs): one tab a panel, arrows move between the
// tabs. Every panel stays mounted while hidden, so a memo half written or a scrolled list is as it was
// when its tab comes back. The chosen tab is kept under `storageKey`, so opening the next document
// shows the same panel.
//
// ViewTabs: the same tabs choosing which view one panel shows (Compare's table, co-occurrence or
// distinctive words). Only the chosen view is mounted, since each computes its own result, and the
// arrows move between tabs without choosing: Enter or Space chooses, so passing over a tab does not
// start its computation.
import { useState, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
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
  const choose = (key: Key) => {
    setSelected(String(key));
    localStorage.setItem(storageKey, String(key));
  };
  return (
    <Tabs className="panel-tabs" selectedKey={selected} onSelectionChange={choose}>
      <PanelTabList label={label} tabs={tabs} />
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="panel-tab-panel" shouldForceMount>
          {tab.content}
        </TabPanel>
      ))}
    </Tabs>
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
