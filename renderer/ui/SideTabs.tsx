// Panels side by side as tabs (React Aria Tabs: arrows move between tabs, the panel follows), so that
// each is whole on screen instead of stacked below the fold. The chosen tab is kept per project.
import { useState, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';

export interface SideTab {
  id: string;
  name: string;
  content: ReactNode;
}

export function SideTabs({ label, tabs, storageKey }: { label: string; tabs: readonly SideTab[]; storageKey: string }) {
  const [selected, setSelected] = useState<Key>(() => {
    const kept = localStorage.getItem(storageKey);
    return tabs.some((t) => t.id === kept) ? kept! : tabs[0]!.id;
  });
  return (
    <Tabs
      className="side-tabs"
      selectedKey={selected}
      onSelectionChange={(key) => {
        setSelected(key);
        localStorage.setItem(storageKey, String(key));
      }}
    >
      <TabList className="side-tab-list" aria-label={label}>
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className="side-tab">
            {tab.name}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="side-tab-panel">
          {tab.content}
        </TabPanel>
      ))}
    </Tabs>
  );
}
