/**
 * Before the parser is here (the first page, whose reader steps to a message before its chunk
 * arrives): the facts are unknown, the explanation says it is preparing rather than guess, the
 * message view has no lines yet, and both are drawn again once the parser is here.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { loadMessageBytes } from '../message/bytesView';
import { MessageView } from '../message/MessageView';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { en } from '../strings/en';
import { timelineOf } from '../test-support/fixtures';
import { describeStep } from './describe';
import { Explanation } from './Explanation';
import { loadMessageFacts, messageFacts } from './messageFacts';
import { explainStrings } from './strings';
import { loadExplainWords } from './words';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Only the parser is missing here: the variant words are in.
await loadExplainWords();

describe('the facts of a message, before the parser is here', () => {
  it('are unknown, and the step about the message waits for them', async () => {
    const timeline = timelineOf('get');
    const step = timeline.steps.findIndex((s) => s.reason === 'status-line-parsed');
    const at = timeline.steps[step];
    const response = timeline.messages[1];
    if (!at || !response) throw new Error('no status line in get');
    expect(messageFacts(timeline, response)).toBeNull();
    const before = describeStep(at, timeline, en, 'en');
    expect([before.pending, before.what, before.why]).toEqual([true, '', '']);

    const store = createAppStore(modelApi);
    store.getState().loadScenario('get', { step });
    const host = document.createElement('div');
    document.body.append(host);
    act(() => {
      createRoot(host).render(
        <StoreProvider store={store}>
          <Explanation />
          <MessageView />
        </StoreProvider>,
      );
    });
    const live = () => host.querySelector('[data-testid="step-explanation"]')?.textContent ?? '';
    expect(live()).toMatch(new RegExp(`^${en['error.loading']}After this step: `));
    // The lines come with the parser: until then the panel has its legend and no bytes.
    const bytes = () => host.querySelector('[data-testid="message-view"]')?.textContent ?? '';
    expect(bytes()).toContain(en['block.start-line']);
    expect(bytes()).not.toContain('HTTP/1.1 200 OK');

    await act(async () => {
      await Promise.all([loadMessageFacts(), loadMessageBytes()]);
    });
    expect(messageFacts(timeline, response)).toMatchObject({ status: 200, method: 'GET' });
    expect(live()).toContain(explainStrings.en['why.status-line-parsed.200'].slice(0, 40));
    expect(bytes()).toContain('HTTP/1.1 200 OK');
  });
});
