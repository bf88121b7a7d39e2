// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ_SETTINGS, findScenario, type Scenario } from '../../model';
import { timelineOf } from '../../test-support/fixtures';
import { quizOf, restoreProgress, SAVED, storeProgress } from './saved';

const settings = DEFAULT_QUIZ_SETTINGS;
const answer = (step: number) => ({
  step,
  first: 1,
  last: 1,
  tries: 1,
  correct: false,
  resolved: true,
});

describe("a quiz's saved progress", () => {
  beforeEach(() => window.sessionStorage.clear());

  it('two quiz embeds on one page (get, post-form) keep their own, through reloads', () => {
    const get = quizOf({ kind: 'canned', id: 'get' }, timelineOf('get'), settings);
    const post = quizOf({ kind: 'canned', id: 'post-form' }, timelineOf('post-form'), settings);
    storeProgress({ ...get, progress: [answer(2), answer(5)] });
    storeProgress({ ...post, progress: [] });
    // Reloaded twice: each embed restores its own and saves it again.
    for (let i = 0; i < 2; i++) {
      storeProgress({ ...get, progress: restoreProgress(get) });
      storeProgress({ ...post, progress: restoreProgress(post) });
    }
    expect(restoreProgress(get)).toEqual([answer(2), answer(5)]);
    expect(restoreProgress(post)).toEqual([]);
  });

  it('names a custom scenario by what it is, and the profile and seed it ran with', () => {
    const get = findScenario('get') as Scenario;
    const timeline = timelineOf('get');
    const a = quizOf({ kind: 'custom', scenario: { ...get, seed: 9 } }, timeline, settings);
    const b = quizOf({ kind: 'custom', scenario: { ...get, seed: 10 } }, timeline, settings);
    storeProgress({ ...a, progress: [answer(2)] });
    expect(restoreProgress(b)).toEqual([]);
    expect(restoreProgress(a)).toEqual([answer(2)]);
    const linux = quizOf({ kind: 'canned', id: 'get' }, timelineOf('get', 'linux'), settings);
    expect(linux.profile).toBe('linux');
    expect(quizOf({ kind: 'canned', id: 'get' }, timeline, settings).profile).toBe('textbook');
  });

  it('starts afresh, never throwing, where storage is refused (a sandboxed frame)', () => {
    const get = quizOf({ kind: 'canned', id: 'get' }, timelineOf('get'), settings);
    const refused = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(() => storeProgress({ ...get, progress: [answer(2)] }, refused)).not.toThrow();
    expect(restoreProgress(get, refused)).toEqual([]);
    expect(window.sessionStorage.getItem(SAVED)).toBeNull();
  });
});
