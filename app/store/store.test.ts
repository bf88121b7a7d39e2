import { describe, expect, it } from 'vitest';
import { findScenario, simulate, type Timeline } from '../model';
import { timelineOf } from '../test-support/fixtures';
import { createAppStore, type ModelApi } from './index';
import { dwellMs, flightMs, SPEEDS } from './playback';

const lastOf = (timeline: Timeline | null) => (timeline ? timeline.steps.length - 1 : -1);

function model(): ModelApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    scenarioIds: ['get', 'lost-segment', 'broken'],
    simulate(id) {
      calls.push(id);
      if (id === 'broken') throw new Error('boom');
      return timelineOf(id);
    },
    simulateScenario(scenario, options) {
      calls.push(`custom:${scenario.id}`);
      return simulate(scenario, options);
    },
  };
}

describe('the store', () => {
  it('holds a step back: the cursor and the player stop at the hold until it is released', () => {
    const store = createAppStore(model());
    store.getState().loadScenario('get', { step: 5 });
    store.getState().setHold(3);
    expect(store.getState().cursor).toBe(3);
    store.getState().next();
    store.getState().last();
    expect(store.getState().cursor).toBe(3);
    store.getState().goTo(1);
    store.getState().play();
    store.getState().tick();
    store.getState().tick();
    store.getState().tick();
    expect([store.getState().cursor, store.getState().playing]).toEqual([3, false]);
    store.getState().setHold(null);
    store.getState().next();
    expect(store.getState().cursor).toBe(4);
  });

  it('shows a custom scenario simulated, and an imported timeline as it is', () => {
    const m = model();
    const store = createAppStore(m);
    const get = findScenario('get');
    if (!get) throw new Error('no get');
    const custom = { ...get, id: 'mine', requests: [{ method: 'GET', target: '/missing' }] };
    store.getState().loadSource({ kind: 'custom', scenario: custom }, { step: 3 });
    const s = store.getState();
    expect(m.calls).toEqual(['custom:mine']);
    expect([s.scenarioId, s.source.kind, s.cursor]).toEqual(['custom', 'custom', 3]);
    expect(s.timeline?.messages.some((msg) => msg.startLine.includes(' 404 '))).toBe(true);

    const timeline = simulate(get, { profile: 'linux', seed: 7 });
    store
      .getState()
      .loadSource({ kind: 'imported', name: 'a.json', timeline }, { profile: 'textbook' });
    const t = store.getState();
    expect([t.scenarioId, t.profile, t.seed, t.timeline]).toEqual([
      'imported',
      'linux',
      7,
      timeline,
    ]);
  });

  it('loads a scenario and puts the cursor on the asked step, clamped', () => {
    const store = createAppStore(model());
    store.getState().loadScenario('get', { step: 5 });
    expect(store.getState().cursor).toBe(5);
    store.getState().loadScenario('get', { step: 10_000 });
    const last = lastOf(store.getState().timeline);
    expect(store.getState().cursor).toBe(last);
  });

  it('steps forward and back inside the timeline', () => {
    const store = createAppStore(model());
    store.getState().loadScenario('get');
    const s = store.getState;
    s().previous();
    expect(s().cursor).toBe(0);
    s().next();
    s().next();
    expect(s().cursor).toBe(2);
    s().last();
    expect(s().cursor).toBe(lastOf(s().timeline));
    s().next();
    expect(s().cursor).toBe(lastOf(s().timeline));
    s().first();
    expect(s().cursor).toBe(0);
    s().goTo(Number.NaN);
    expect(s().cursor).toBe(0);
  });

  it('tells no one of a step to where the cursor already is', () => {
    const store = createAppStore(model());
    store.getState().loadScenario('get', { step: 4 });
    let told = 0;
    const stop = store.subscribe(() => told++);
    store.getState().goTo(4);
    expect(told).toBe(0);
    store.getState().goTo(5);
    expect([told, store.getState().cursor]).toEqual([1, 5]);
    stop();
  });

  it('plays, ticks, and stops by itself at the end', () => {
    const store = createAppStore(model());
    const s = store.getState;
    s().loadScenario('get');
    s().play();
    expect(s().playing).toBe(true);
    const last = lastOf(s().timeline);
    for (let i = 0; i < last; i++) s().tick();
    expect(s().cursor).toBe(last);
    expect(s().playing).toBe(false);
    // Play at the end starts again.
    s().togglePlay();
    expect(s().cursor).toBe(0);
    expect(s().playing).toBe(true);
    s().togglePlay();
    expect(s().playing).toBe(false);
  });

  it('restart goes back to the start and stops', () => {
    const store = createAppStore(model());
    const s = store.getState;
    s().loadScenario('get', { step: 4 });
    s().play();
    s().restart();
    expect(s().cursor).toBe(0);
    expect(s().playing).toBe(false);
  });

  it('keeps a simulator failure as an error instead of throwing', () => {
    const store = createAppStore(model());
    store.getState().loadScenario('broken');
    expect(store.getState().timeline).toBeNull();
    expect(store.getState().loadError).toBe('boom');
  });

  it('holds the preferences', () => {
    const store = createAppStore(model());
    const s = store.getState;
    s().setLang('zh-CN');
    s().setSeqMode('absolute');
    s().setHex(true);
    s().setProjector(true);
    s().setSpeed(0.25);
    expect(s()).toMatchObject({
      lang: 'zh-CN',
      seqMode: 'absolute',
      hex: true,
      projector: true,
      speed: 0.25,
    });
  });
});

describe('the player', () => {
  it('lands each packet before the step is over, in at most 0.9 s', () => {
    for (const speed of SPEEDS) {
      expect(flightMs(speed)).toBeLessThan(dwellMs(speed));
      expect(flightMs(speed)).toBeLessThanOrEqual(900);
    }
    expect(flightMs(1)).toBeCloseTo(770, 6);
    expect(flightMs(4)).toBeCloseTo(192.5, 6);
  });
});
