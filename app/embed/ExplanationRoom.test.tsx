/**
 * The embed's unseen copies of other steps' words (ExplanationRoom.tsx): in the page's language,
 * hidden from everyone, without the live region's test ids, and among them the step whose words
 * are the tallest on a phone (get's step 32, measured in Chromium at 390 px in English).
 */
import { act } from 'react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { loadMessageFacts } from '../explain/messageFacts';
import { loadExplainWords } from '../explain/words';
import { drawBooted } from '../test-support/booted';
import { ExplanationRoom } from './ExplanationRoom';
import { ROOM_COPIES } from './room';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeAll(async () => {
  await loadExplainWords();
  await loadMessageFacts();
});
afterEach(() => {
  document.body.innerHTML = '';
});

it('copies the words of the steps that take most room, hidden, with no test ids', async () => {
  const { host, store } = await drawBooted(
    '?scenario=get&lang=en&embed=1',
    'en',
    <ExplanationRoom />,
  );
  const copies = [...host.querySelectorAll('.explain-copy')];
  // get's 40 steps each say something different: more than are copied.
  expect(copies).toHaveLength(ROOM_COPIES);
  for (const copy of copies) {
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(copy.hasAttribute('inert')).toBe(true);
    expect(copy.querySelector('[data-testid], [aria-live]')).toBeNull();
  }
  const texts = copies.map((c) => c.textContent ?? '');
  expect(texts.some((t) => t.startsWith('The client closes its side: it sends a FIN'))).toBe(true);
  // Stepping changes none of them.
  act(() => store.getState().goTo(20));
  expect([...host.querySelectorAll('.explain-copy')].map((c) => c.textContent)).toEqual(texts);
});

it('copies the words in the language of the page', async () => {
  const { host } = await drawBooted(
    '?scenario=get&lang=zh-TW&embed=1',
    'zh-TW',
    <ExplanationRoom />,
  );
  const text = host.querySelector('.explain-copy')?.textContent ?? '';
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).not.toContain('Preparing');
});
