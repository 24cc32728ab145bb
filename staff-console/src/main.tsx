import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@reception/web-common/base.css';
import './styles/console.css';
import { App } from './App.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
