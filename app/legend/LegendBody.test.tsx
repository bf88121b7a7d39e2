import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import LegendBody from './LegendBody';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

function drawLegend(seq: 'relative' | 'absolute'): HTMLElement {
  const store = createAppStore(modelApi);
  store.getState().loadScenario('get', { step: 3 });
  store.getState().setSeqMode(seq);
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    createRoot(host).render(
      <StoreProvider store={store}>
        <LegendBody />
      </StoreProvider>,
    );
  });
  return host;
}

function numbersEntry(seq: 'relative' | 'absolute'): string {
  return drawLegend(seq).querySelector('.marks-numbers dd')?.textContent ?? '';
}

describe('<LegendBody>', () => {
  it('says the numbers are relative where the diagram shows them relative', () => {
    expect(numbersEntry('relative')).toMatch(/^The numbers are relative/);
  });

  it('says the numbers are absolute, as sent, where the diagram shows them so', () => {
    // The diagram then draws Seq=2357991817: a legend that said "relative" beside it was false.
    expect(numbersEntry('absolute')).toMatch(/^The numbers are absolute, as sent/);
  });

  it('says what the ruler’s doubled line is: a pause, where time stands still', () => {
    // The ruler is to scale but where it pauses (scale.ts): a student who does not know the mark
    // reads the room drawn at one instant as time passing.
    const entry = drawLegend('relative').querySelector('.marks-pause');
    expect(entry?.querySelector('dt')?.textContent).toBe('‖');
    expect(entry?.querySelector('dd')?.textContent).toMatch(/double line.*pauses.*stands still/);
  });
});
