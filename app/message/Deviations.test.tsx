import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMessageFacts } from '../explain/messageFacts';
import { binaryToBytes, DEVIATION_CODES, parseMessage, type Timeline } from '../model';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { LANGUAGES } from '../strings';
import { timelineOf } from '../test-support/fixtures';
import { MessageView } from './MessageView';
import { deviationStrings } from './strings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * The GET's timeline with its response as a lenient peer might send it (as an imported capture
 * would hold it): a status line with no reason phrase, and a header line ended by LF alone.
 */
function lenientTimeline(): Timeline {
  const timeline = timelineOf('get');
  const response = timeline.messages[1];
  if (!response) throw new Error('no response');
  const bytes = response.bytes
    .replace('HTTP/1.1 200 OK\r\n', 'HTTP/1.1 200\r\n')
    .replace('Content-Language: fr\r\n', 'Content-Language: fr\n');
  const parsed = parseMessage(binaryToBytes(bytes), 'response', { requestMethod: 'GET' });
  if (!parsed.ok) throw new Error(parsed.error.explanation);
  timeline.messages[1] = { ...response, bytes, blocks: parsed.blocks };
  return timeline;
}

async function render(timeline: Timeline, step: number) {
  const store = createAppStore(modelApi);
  store.getState().loadSource({ kind: 'imported', name: 'lenient.json', timeline }, { step });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    root.render(
      <StoreProvider store={store}>
        <MessageView />
      </StoreProvider>,
    );
  });
  // The parser and the note are loaded on first use: let their modules arrive.
  await act(async () => {
    await loadMessageFacts();
    await import('./Deviations');
  });
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('what the parser tolerated', () => {
  it('is said under the message, each kind with where it first occurs', async () => {
    const timeline = lenientTimeline();
    const step = timeline.steps.findIndex((s) => s.reason === 'status-line-parsed');
    const host = await render(timeline, step);
    const items = [...host.querySelectorAll('[data-testid="message-deviations"] li')];
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual([
      'status-line-without-reason',
      'bare-lf',
    ]);
    expect(items[0]?.textContent).toContain('Line 1, column 13');
    expect(items[1]?.textContent).toContain('Line 4, column 21');
    expect(items[1]?.textContent).toContain('LF alone');
  });

  it('is not there for a message that keeps every rule', async () => {
    const timeline = timelineOf('get');
    const step = timeline.steps.findIndex((s) => s.reason === 'status-line-parsed');
    const host = await render(timeline, step);
    expect(host.querySelector('.message-lines')).not.toBeNull();
    expect(host.querySelector('[data-testid="message-deviations"]')).toBeNull();
  });

  it('has a note for every kind, in every language', () => {
    for (const { code: lang } of LANGUAGES) {
      const missing = DEVIATION_CODES.filter((code) => !deviationStrings[lang][code]);
      expect(missing, lang).toEqual([]);
    }
  });
});
