import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { en } from '../strings/en';
import { zhCN } from '../strings/zh-CN';
import { zhTW } from '../strings/zh-TW';
import LegendBody from './LegendBody';
import { legendStrings } from './strings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

function drawn(seq: 'relative' | 'absolute' = 'relative'): HTMLElement {
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
  return drawn(seq).querySelector('.marks-numbers dd')?.textContent ?? '';
}

describe('<LegendBody>', () => {
  it('says the numbers are relative where the diagram shows them relative', () => {
    expect(numbersEntry('relative')).toMatch(/^The numbers are relative/);
  });

  it('says the numbers are absolute, as sent, where the diagram shows them so', () => {
    // The diagram then draws Seq=2357991817: a legend that said "relative" beside it was false.
    expect(numbersEntry('absolute')).toMatch(/^The numbers are absolute, as sent/);
  });

  it('explains the badges the packets wear on the arrows, beside the states', () => {
    const host = drawn();
    expect(host.querySelector('.marks-badges dd')?.textContent).toMatch(/badge on an arrow/);
    expect(host.querySelector('.marks-states dd')?.textContent).toMatch(/beside the lanes/);
  });

  it('says what the ruler’s doubled line is: a pause, where time stands still', () => {
    // The ruler is to scale but where it pauses (scale.ts): a student who does not know the mark
    // reads the room drawn at one instant as time passing.
    const entry = drawn('relative').querySelector('.marks-pause');
    expect(entry?.querySelector('dt')?.textContent).toBe('‖');
    expect(entry?.querySelector('dd')?.textContent).toMatch(/double line.*pauses.*stands still/);
  });
});

describe('the legend’s words', () => {
  // The diagram draws states as plain text beside the lanes; its only pills are the packets'
  // badges (packetText in app/timeline/packet.ts: RST, SYN, FIN, the catalogue's data word, ACK).
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ] as const)('%s: the badges entry names each word a badge can show', (lang, catalogue) => {
    const badges = legendStrings[lang].badges;
    for (const word of ['RST', 'SYN', 'FIN', 'ACK', catalogue['diagram.data']]) {
      expect(badges).toContain(word);
    }
    expect(Object.values(legendStrings[lang]).join(' ')).not.toMatch(/pill|胶囊|膠囊/);
  });
});
