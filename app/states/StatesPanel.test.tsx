/**
 * The step's state changes, as a line each ("Server: ESTABLISHED → CLOSED on ABORT"): a state's
 * name is one word and must not break at its hyphen on a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { drawBooted } from '../test-support/booted';
import { StatesPanel } from './StatesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<StatesPanel>', () => {
  it('keeps each hyphenated state name of a change whole, its words as written', async () => {
    // get's step 2: the server receives the SYN and leaves LISTEN for SYN-RECEIVED.
    const { host } = await drawBooted('?scenario=get&step=2&lang=en', 'en', <StatesPanel />);
    const change = host.querySelector('.state-changes li');
    expect(change?.textContent).toBe('Server: LISTEN → SYN-RECEIVED on rcv SYN');
    expect([...(change?.querySelectorAll('.state-name') ?? [])].map((e) => e.textContent)).toEqual([
      'SYN-RECEIVED',
    ]);
  });
});
