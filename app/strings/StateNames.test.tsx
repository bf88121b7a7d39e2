import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { StateNames } from './StateNames';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

function draw(text: string): HTMLElement {
  const host = document.createElement('p');
  document.body.append(host);
  act(() => {
    createRoot(host).render(<StateNames text={text} />);
  });
  return host;
}

describe('<StateNames>', () => {
  it('keeps each hyphenated state name whole, and the text as written', () => {
    const text = 'From SYN-RECEIVED to ESTABLISHED, then FIN-WAIT-1 and TIME-WAIT’s 2×MSL.';
    const host = draw(text);
    const spans = [...host.querySelectorAll('span.state-name')].map((s) => s.textContent);
    expect(spans).toEqual(['SYN-RECEIVED', 'FIN-WAIT-1', 'TIME-WAIT']);
    // Screen readers and copy and paste read the same text, hyphens and all.
    expect(host.textContent).toBe(text);
  });

  it('leaves a text without one as it is', () => {
    const host = draw('客户端 ESTABLISHED，a time-wait of 2×MSL');
    expect(host.querySelector('span')).toBeNull();
    expect(host.textContent).toBe('客户端 ESTABLISHED，a time-wait of 2×MSL');
  });
});
