import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './boot';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const { store, embed, scenarioIds, strings } = boot(
    window.location.search,
    navigator.languages ?? [],
  );
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} embed={embed} scenarioIds={scenarioIds} />
      </StrictMode>,
    );
  // English renders at once; another language once its catalogue is here.
  if (strings) void strings.then(render);
  else render();
}
