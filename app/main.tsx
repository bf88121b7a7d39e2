import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './boot';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const { store, embed, scenarioIds } = boot(window.location.search, navigator.languages ?? []);
  createRoot(root).render(
    <StrictMode>
      <App store={store} embed={embed} scenarioIds={scenarioIds} />
    </StrictMode>,
  );
}
