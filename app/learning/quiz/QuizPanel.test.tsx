import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStep } from '../../explain/describe';
import { drawBooted } from '../../test-support/booted';
import { segmentLabel } from '../../timeline/geometry';
import QuizPanel from './QuizPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const services = { describeStep, segmentLabel, post: () => {} };

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

describe('<QuizPanel>', () => {
  // A teacher projecting step 30 pressed Predict and was taken back to step 1 without a word.
  it('predicts from the step on screen: the view stays there, and the panel says so', async () => {
    const { host, store } = await drawBooted(
      '?scenario=redirect-301&step=30&lang=zh-CN',
      'zh-CN',
      <QuizPanel onStop={() => {}} services={services} />,
    );
    await act(async () => {});
    expect(store.getState().cursor).toBe(30);
    expect(store.getState().hold).toBeGreaterThanOrEqual(30);
    expect(host.querySelector('.quiz-from')?.textContent).toBe(
      '从第 30 步起：问题问的是接下来会发生什么。',
    );
  });

  it('at the last step, where nothing is left to predict, starts from the beginning and says so', async () => {
    const { host, store } = await drawBooted(
      '?scenario=get&step=39&lang=en',
      'en',
      <QuizPanel onStop={() => {}} services={services} />,
    );
    await act(async () => {});
    expect(store.getState().cursor).toBeLessThan(39);
    expect(host.querySelector('.quiz-from')?.textContent).toBe(
      'Nothing is left to predict after step 39: the questions start from the beginning.',
    );
  });
});
