import { describe, expect, it, vi } from 'vitest';
import { boot } from './boot';
import { lazyModel } from './lazyModel';
import { modelApi } from './modelApi';
import { createAppStore, type ModelApi } from './store';

/** A model that arrives when the test says so. */
function arriving() {
  let arrive: (m: ModelApi) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const lazy = lazyModel(
    () =>
      new Promise<ModelApi>((resolve, reject) => {
        arrive = resolve;
        fail = reject;
      }),
  );
  return { ...lazy, arrive: () => arrive(modelApi), fail: (e: Error) => fail(e) };
}

describe('the simulator, loaded on first use', () => {
  it('knows the scenarios before it is here, and is pending until it is', async () => {
    const lazy = arriving();
    expect(lazy.api.scenarioIds).toEqual(modelApi.scenarioIds);
    expect(lazy.api.pending).toBeDefined();
    expect(() => lazy.api.simulate('get', {})).toThrow(/still loading/);
    lazy.arrive();
    await lazy.settled;
    expect(lazy.api.pending).toBeUndefined();
    expect(lazy.api.simulate('get', {})).toEqual(modelApi.simulate('get', {}));
  });

  it('a scenario asked for meanwhile is loaded once it is here, the timeline on screen kept till then', async () => {
    const lazy = arriving();
    const first = modelApi.simulate('get', {});
    const store = createAppStore(lazy.api, { timeline: first });
    store.getState().loadScenario('post-form', { step: 3 });
    expect(store.getState().timeline).toBe(first);
    expect(store.getState().scenarioId).toBe('get');
    lazy.arrive();
    await lazy.settled;
    await Promise.resolve();
    expect(store.getState().scenarioId).toBe('post-form');
    expect(store.getState().cursor).toBe(3);
    expect(store.getState().timeline).toEqual(modelApi.simulate('post-form', {}));
  });

  it('a simulator that cannot be loaded is said, not thrown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const lazy = arriving();
    const store = createAppStore(lazy.api);
    store.getState().loadScenario('post-form');
    lazy.fail(new Error('offline'));
    await lazy.settled;
    await Promise.resolve();
    expect(store.getState().loadError).toBe('offline');
    expect(store.getState().timeline).toBeNull();
  });

  it('the first page starts from the timeline the build wrote, any other page waits', async () => {
    const lazy = arriving();
    const firstTimeline = modelApi.simulate('get', {});
    const first = boot('', ['en'], { model: lazy.api, firstTimeline });
    expect(first?.firstPage).toBe(true);
    expect(first?.store.getState().timeline).toBe(firstTimeline);
    expect(first?.store.getState().scenarioId).toBe('get');
    expect(boot('?scenario=get&step=2', ['en'], { model: lazy.api, firstTimeline })).toBeNull();
    expect(boot('', ['zh-CN'], { model: lazy.api, firstTimeline })).toBeNull();
    lazy.arrive();
    await lazy.settled;
    expect(boot('?scenario=get&step=2', ['en'], { model: lazy.api })?.store.getState().cursor).toBe(
      2,
    );
  });
});
