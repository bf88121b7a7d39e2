import { describe, expect, it } from 'vitest';
import { findScenario, type Scenario } from '../model';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { encodeScenarioParam } from '../url/scenarioParam';
import { loadScenarioData, openLink } from './openLink';

describe('opening a custom scenario’s link', () => {
  it('puts the scenario on screen at the linked step', () => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('get');
    const scenario = { ...(findScenario('get') as Scenario), id: 'mine', seed: 7 };
    openLink(store, { custom: encodeScenarioParam(scenario), step: 3, profile: 'textbook' });
    const s = store.getState();
    expect(s.scenarioId).toBe('custom');
    expect(s.source).toEqual({ kind: 'custom', scenario });
    expect(s.cursor).toBe(3);
    expect(s.badParams).toEqual([]);
  });

  it('keeps the default scenario and says why when the link is damaged or too new', () => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('get');
    openLink(store, { custom: '1.not-json', step: 0, profile: 'textbook' });
    expect(store.getState().scenarioId).toBe('get');
    expect(store.getState().badParams).toEqual(['s:damaged']);
    openLink(store, { custom: '99.x', step: 0, profile: 'textbook' });
    expect(store.getState().badParams).toEqual(['s:newer']);
  });
});

describe('a link whose scenario cannot be read, as the page opens it', () => {
  // The page opens `scenario=custom` as a scenario of that name, which nothing simulates, and
  // waits for the link: the notice promised the default scenario, and the player stayed empty
  // ("Step 0 of 0", "This scenario could not be simulated"; review).
  it.each(['2.abc', '1.not-json', '99.x'])('shows the default scenario for %s', (custom) => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('custom');
    expect(store.getState().timeline).toBeNull();
    openLink(store, { custom, step: 3, profile: 'linux' });
    const s = store.getState();
    expect(s.scenarioId).toBe('get');
    expect(s.loadError).toBeNull();
    expect(s.timeline?.steps.length).toBeGreaterThan(30);
    expect(s.profile).toBe('linux');
    expect(s.cursor).toBe(0);
  });
});

describe('a scenario sent by the page around an embed', () => {
  it('is loaded when the validator accepts it, and ignored otherwise', () => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('get');
    const scenario = { ...(findScenario('post-form') as Scenario), id: 'sent' };
    expect(loadScenarioData(store, { ...scenario, seed: 'x' })).toBe(false);
    expect(store.getState().scenarioId).toBe('get');
    expect(loadScenarioData(store, scenario)).toBe(true);
    expect(store.getState().source).toEqual({ kind: 'custom', scenario });
  });
});
