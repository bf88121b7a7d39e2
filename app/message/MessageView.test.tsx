import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMessageFacts } from '../explain/messageFacts';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { timelineOf } from '../test-support/fixtures';
import { MessageView } from './MessageView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The parser is here, as it is for any page but the first (messageFacts.test.tsx: before it is).
await loadMessageFacts();

function render(step: number, hex = false) {
  const store = createAppStore(modelApi, { hex });
  store.getState().loadScenario('get', { step });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => {
    root.render(
      <StoreProvider store={store}>
        <MessageView />
      </StoreProvider>,
    );
  });
  return { host, root, store };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<MessageView>', () => {
  const timeline = timelineOf('get');
  const at = (reason: string, block: number) =>
    timeline.steps.findIndex((s) => s.reason === reason && s.message?.block === block);

  it('says so when there is no message yet', () => {
    const { host } = render(0);
    expect(host.textContent).toContain('No HTTP message yet.');
    expect(
      host.querySelector('[data-testid="message-view"]')?.getAttribute('data-message-id'),
    ).toBe('');
  });

  it('shows the blocks written so far, coloured by kind, CR LF as markers', () => {
    const { host } = render(at('request-header-written', 1));
    const lines = [...host.querySelectorAll('.message-lines .line')];
    expect(lines.map((l) => l.getAttribute('data-kind'))).toEqual(['start-line', 'header']);
    expect(lines[0]?.classList.contains('block-start-line')).toBe(true);
    expect(lines[1]?.classList.contains('current')).toBe(true);
    expect(lines[0]?.querySelectorAll('.crlf')).toHaveLength(2);
    expect(host.textContent).toContain('2 more blocks to come');
  });

  it('annotates each line for keyboard and screen readers', () => {
    const { host } = render(at('request-header-written', 2));
    const line = host.querySelector<HTMLElement>('.line[data-block-index="2"]');
    expect(line?.tabIndex).toBe(0);
    const note = document.getElementById(line?.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe('Accept-Language: the languages the reader prefers.');
  });

  it('has a legend and a hex view', () => {
    const { host } = render(at('request-header-written', 1), true);
    expect([...host.querySelectorAll('.legend-item')].map((l) => l.textContent)).toEqual([
      'Start line',
      'Header',
      'Blank line',
      'Body',
    ]);
    expect(host.querySelector('.hex-row')?.textContent).toBe(
      '47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a',
    );
  });
});
