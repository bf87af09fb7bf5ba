import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { WindowErrorBoundary } from './ui/WindowErrorBoundary';
import { askPersistentStorage } from './features/backups/storagePersistence';
import './styles.css';
// Last, so that its rules for contrast themes win over those they restate.
import './contrastThemes.css';

// IndexedDB is the only copy of a project between backups: ask the browser never to evict it under
// storage pressure (the answer is shown in the backup preferences).
void askPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WindowErrorBoundary>
      <App />
    </WindowErrorBoundary>
  </StrictMode>,
);
