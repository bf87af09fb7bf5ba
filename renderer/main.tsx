import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { WindowErrorBoundary } from './ui/WindowErrorBoundary';
import './styles.css';

// IndexedDB is the only copy of a project until it is exported or backed up: ask the browser never to
// evict it under storage pressure.
void navigator.storage?.persist?.();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WindowErrorBoundary>
      <App />
    </WindowErrorBoundary>
  </StrictMode>,
);
