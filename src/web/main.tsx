import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './core/i18n';
import './core/app.css';
import { App, firstPart } from './App';

// The words of the reader's language are a request of their own: render once they are in
// (or failed to come: the page then shows its keys rather than nothing), and the session's
// answer with its part's code (App.tsx, firstPart), so that the first render is the page.
void Promise.all([i18nReady.catch((e: unknown) => console.error('words not loaded', e)), firstPart]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
