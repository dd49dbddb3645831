import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './core/i18n';
import './core/app.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
