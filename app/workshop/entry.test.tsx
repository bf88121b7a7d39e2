import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario, simulate } from '../model';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { EditScenario, setWorkshopOpen, useWorkshopOpen } from './entry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let open = false;
function Probe() {
  open = useWorkshopOpen();
  return null;
}

afterEach(() => {
  act(() => setWorkshopOpen(false));
  document.body.innerHTML = '';
});

// It stayed offered for a capture, and pressed opened a panel that only said it could not.
describe('<EditScenario>', () => {
  it('is unavailable for an imported capture and says why, as its description', () => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('get');
    const host = document.createElement('div');
    document.body.append(host);
    act(() => {
      createRoot(host).render(
        <StoreProvider store={store}>
          <EditScenario />
          <Probe />
        </StoreProvider>,
      );
    });
    const button = host.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).toBeNull();
    const get = findScenario('get');
    if (!get) throw new Error('no get');
    act(() =>
      store.getState().loadSource({ kind: 'imported', name: 'x.json', timeline: simulate(get) }),
    );
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const said = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(said?.textContent).toBe(
      'An imported capture has no scenario to edit: choose a scenario first.',
    );
    act(() => button.click());
    expect(open).toBe(false);
    act(() => store.getState().loadScenario('get'));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    act(() => button.click());
    expect(open).toBe(true);
  });
});
