import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider, useStrings } from '../store';
import { defineStrings } from './feature';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const strings = defineStrings({
  en: { hello: 'Hello, {who}' },
  'zh-CN': { hello: '你好，{who}' },
  'zh-TW': { hello: '你好，{who}' },
});

function Greeting() {
  return <p>{useStrings(strings).hello}</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a view’s own strings', () => {
  it('are read in the store’s language, and follow it', () => {
    const store = createAppStore(modelApi, { lang: 'zh-TW' });
    const host = document.createElement('div');
    document.body.append(host);
    act(() => {
      createRoot(host).render(
        <StoreProvider store={store}>
          <Greeting />
        </StoreProvider>,
      );
    });
    expect(host.textContent).toBe('你好，{who}');
    act(() => store.getState().setLang('en'));
    expect(host.textContent).toBe('Hello, {who}');
  });
});
