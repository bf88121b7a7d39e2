/**
 * The explanation's step prefix, which screen readers hear before each step: the catalogue's
 * own words and punctuation, so that Chinese gets 「第 3 步：」 and not 「第 3 步.」.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../strings';
import { drawBooted } from '../test-support/booted';
import { Explanation } from './Explanation';
import { loadExplainWords } from './words';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

async function prefixAt(lang: Lang, step: number, view = ''): Promise<string> {
  const query = `?scenario=get&step=${step}&lang=${lang}${view}`;
  const { host } = await drawBooted(query, lang, <Explanation />);
  return host.querySelector('.explain-what .visually-hidden')?.textContent ?? '';
}

// First: the words load once per module, when any explanation is first drawn.
describe('<Explanation> at a step that needs the variant words', () => {
  it('says it is preparing until they arrive, then says what the step did', async () => {
    // get, step 8: the client's first data segment ("the first data byte is number 1").
    const { host } = await drawBooted('?scenario=get&step=8&lang=en', 'en', <Explanation />);
    const live = () => host.querySelector('[data-testid="step-explanation"]')?.textContent ?? '';
    // The words wait; the states after the step, no guess, are said meanwhile.
    expect(live()).toMatch(/^Preparing the scenario…After this step: client \S+, server \S+\.$/);
    await act(async () => {
      await loadExplainWords();
    });
    expect(live()).toContain('The first data byte is number 1, because the SYN took number 0.');
  });
});

describe('<Explanation>', () => {
  it.each([
    ['en', 'Step 3. '],
    ['zh-CN', '第 3 步： '],
    ['zh-TW', '第 3 步： '],
  ] as const)('in %s, says the step as %j before the explanation', async (lang, prefix) => {
    expect(await prefixAt(lang, 3)).toBe(prefix);
  });
});

describe('<Explanation> one step per segment', () => {
  // WCAG 1.3.1: the number the screen reader hears is the one the controls' counter shows,
  // "Step 3 of 12", not the fine step that view step ends on.
  it.each([
    ['en', 'Step 3. '],
    ['zh-CN', '第 3 步： '],
    ['zh-TW', '第 3 步： '],
  ] as const)('in %s, says the view step as %j', async (lang, prefix) => {
    expect(await prefixAt(lang, 3, '&granularity=segment')).toBe(prefix);
  });
});

// A state name is one word: on a phone it broke at its hyphen ("CLOSE-" / "WAIT"). Each is kept
// whole by its own span (app/strings/StateNames.tsx), the text read aloud unchanged.
describe('<Explanation> state names', () => {
  it.each(['en', 'zh-CN', 'zh-TW'] as const)(
    'in %s, puts each hyphenated state name in a span that keeps it whole',
    async (lang) => {
      await act(async () => {
        await loadExplainWords();
      });
      // get, step 34: the server receives the FIN and enters CLOSE-WAIT.
      const { host } = await drawBooted(
        `?scenario=get&step=34&lang=${lang}`,
        lang,
        <Explanation />,
      );
      const names = (selector: string) =>
        [...host.querySelectorAll(`${selector} .state-name`)].map((el) => el.textContent);
      expect(names('.explain-what')).toEqual(['CLOSE-WAIT']);
      expect(names('.explain-states')).toEqual(['FIN-WAIT-1', 'CLOSE-WAIT']);
      expect(host.querySelector('.explain-states')?.textContent).toMatch(/FIN-WAIT-1.*CLOSE-WAIT/);
    },
  );
});

// page-with-images draws four connections on one pair of lanes: "The client opens a connection"
// at three steps, and four TIME-WAIT expiries word for word alike, said nowhere which.
describe('<Explanation> of several connections', () => {
  it.each([
    ['en', 'Connection 2 of 4'],
    ['zh-CN', '第 2 个连接（共 4 个）'],
    ['zh-TW', '第 2 條連線（共 4 條）'],
  ] as const)('in %s, says which connection the step is on, as %j', async (lang, words) => {
    await loadExplainWords();
    const { host, store } = await drawBooted(
      `?scenario=page-with-images&lang=${lang}`,
      lang,
      <Explanation />,
    );
    const timeline = store.getState().timeline;
    const step = timeline?.steps.findIndex((s) => s.connection === 1) ?? -1;
    expect(step).toBeGreaterThan(0);
    act(() => store.getState().goTo(step));
    expect(host.querySelector('[data-testid="explain-connection"]')?.textContent).toBe(words);
  });

  it('says nothing of connections where there is one', async () => {
    const { host } = await drawBooted('?scenario=get&step=5&lang=en', 'en', <Explanation />);
    expect(host.querySelector('[data-testid="explain-connection"]')).toBeNull();
  });
});
