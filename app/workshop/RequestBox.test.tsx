import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore, StoreProvider } from '../store';
import { RequestBox } from './RequestBox';
import type { RequestError } from './requestText';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const REQUEST = 'GET /fr HTTP/1.1\nHost: example.com\nAccept: text/html\n\n';

function render() {
  const store = createAppStore(modelApi);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const show = (text: string, error: RequestError | null = null) =>
    act(() => {
      root.render(
        <StoreProvider store={store}>
          <RequestBox label="Request" text={text} error={error} onChange={() => {}} />
        </StoreProvider>,
      );
    });
  return { host, show };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<RequestBox> backdrop', () => {
  const lines = (host: HTMLElement) => [
    ...(host.querySelector('.workshop-backdrop')?.children ?? []),
  ];

  it('draws each line of the head with CR LF, and the line after the blank one with LF', () => {
    const { host, show } = render();
    show(REQUEST);
    expect(host.querySelector('.workshop-backdrop')?.textContent).toBe(
      'GET /fr HTTP/1.1CRLF\nHost: example.comCRLF\nAccept: text/htmlCRLF\nCRLF\n',
    );
  });

  // A keystroke's page is one redraw (Workshop.tsx): the copy under the box is part of it.
  it('changes only the line typed in: the other lines keep their elements', () => {
    const { host, show } = render();
    show(REQUEST);
    const before = lines(host);
    show(REQUEST.replace('/fr', '/frx'));
    const after = lines(host);
    expect(after).toHaveLength(before.length);
    expect(after[0]?.textContent).toBe('GET /frx HTTP/1.1');
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after.slice(1).every((el, i) => el === before[i + 1])).toBe(true);
  });

  it('marks the octet an error points at, the rest of its line around it', () => {
    const { host, show } = render();
    const index = REQUEST.indexOf('example');
    show(REQUEST, { code: 'differs', line: 2, column: 7, index, explanation: '' });
    expect(host.querySelector('.workshop-backdrop mark')?.textContent).toBe('e');
    expect(host.querySelector('.workshop-backdrop')?.textContent).toBe(
      'GET /fr HTTP/1.1CRLF\nHost: example.comCRLF\nAccept: text/htmlCRLF\nCRLF\n',
    );
  });
});
