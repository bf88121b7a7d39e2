import { describe, expect, it } from 'vitest';
import { findScenario, SCENARIOS, type Scenario } from '../model';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { CANNED_PROFILE } from './codec';
import { urlStateOf } from './urlState';

describe('the profile the URL writes', () => {
  // A link that names no profile opens a canned scenario under CANNED_PROFILE (app/url/openView.ts).
  it.each(SCENARIOS.map((s) => [s.id, s.profile] as const))('%s runs as %s by its own', (_, p) => {
    expect(p).toBe(CANNED_PROFILE);
  });

  it('is left out where it is the scenario’s own, and named where it is another', () => {
    const store = createAppStore(modelApi);
    store.getState().loadScenario('get', { profile: 'textbook' });
    expect(urlStateOf(store.getState(), false).profile).toBeNull();
    store.getState().loadScenario('get', { profile: 'linux' });
    expect(urlStateOf(store.getState(), false).profile).toBe('linux');
    // A custom scenario's travels in `s`.
    const mine: Scenario = { ...(findScenario('get') as Scenario), id: 'mine', profile: 'linux' };
    store.getState().loadSource({ kind: 'custom', scenario: mine });
    expect(urlStateOf(store.getState(), false).profile).toBeNull();
  });
});
