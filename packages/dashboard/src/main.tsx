import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { createTokenStore } from './token-store.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">.');

// Same origin as `caio serve`: the API and the dashboard's static files share one host and port.
createRoot(root).render(
  <StrictMode>
    <App tokenStore={createTokenStore(window.sessionStorage)} baseUrl="" />
  </StrictMode>,
);
