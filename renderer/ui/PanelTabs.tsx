// Panels that take turns in one pane (React Aria's Tabs): one tab a panel, arrows move between the
// tabs. Every panel stays mounted while hidden, so a memo half written or a scrolled list is as it was
// when its tab comes back. The chosen tab is kept under `storageKey`, so opening the next document
// shows the same panel.
import { useState, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import './panelTabs.css';

export interface PanelTab {
  id: string;
  name: string;
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
      <TabList className="panel-tab-list" aria-label={label}>
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className="panel-tab">
            {tab.name}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="panel-tab-panel" shouldForceMount>
          {tab.content}
        </TabPanel>
      ))}
    </Tabs>
  );
}
