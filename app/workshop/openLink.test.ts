import { describe, expect, it } from 'vitest';
import { type Booted, boot } from '../boot';
import { findScenario, type Scenario, simulate } from '../model';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { encodeUrl } from '../url/codec';
import { encodeScenarioParam } from '../url/scenarioParam';
import { urlStateOf } from '../url/urlState';
import { loadScenarioData, openLink } from './openLink';

/** GET under the linux profile, as a teacher shares it from the workshop. */
const linuxGet: Scenario = { ...(findScenario('get') as Scenario), id: 'mine', profile: 'linux' };

/** The store after the page opens `query` as the address bar's, the custom scenario read. */
async function opened(query: string) {
  const booted = boot(query, ['en'], { model: modelApi }) as Booted;
  await booted.custom;
  return booted.store.getState();
}

/** What "Copy link" writes for the view on screen (app/workshop/SharePanel.tsx). */
const copied = (s: Parameters<typeof urlStateOf>[0]) => encodeUrl(urlStateOf(s, false));

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

describe('the profile a custom scenario’s link runs under', () => {
  // A link opens the same timeline on another machine: the scenario's own profile, the one the
  // workshop's form shows, not the page's default (review: a linux scenario ran as textbook,
  // TIME-WAIT 4 min, while "Edit this scenario" said Linux).
  it('is the scenario’s own where the link names none', async () => {
    const s = await opened(`?scenario=custom&s=${encodeScenarioParam(linuxGet)}`);
    expect(s.badParams).toEqual([]);
    expect(s.profile).toBe('linux');
    expect(s.source).toEqual({ kind: 'custom', scenario: linuxGet });
    expect(JSON.stringify(s.timeline)).toBe(JSON.stringify(simulate(linuxGet)));
  });

  it('is the one the link names, which the scenario then holds, so that the form shows it', async () => {
    const s = await opened(`?scenario=custom&s=${encodeScenarioParam(linuxGet)}&profile=textbook`);
    expect(s.timeline?.profile).toBe('textbook');
    expect(s.source).toEqual({ kind: 'custom', scenario: { ...linuxGet, profile: 'textbook' } });
    expect(s.ownScenario?.profile).toBe('textbook');
  });

  it('is carried by "Copy link", whose link opens the same timeline on a fresh page', async () => {
    for (const query of [
      `?scenario=custom&s=${encodeScenarioParam(linuxGet)}`,
      `?scenario=custom&s=${encodeScenarioParam(linuxGet)}&profile=textbook`,
      `?scenario=custom&s=${encodeScenarioParam({ ...linuxGet, profile: 'textbook' })}&profile=linux`,
    ]) {
      const first = await opened(query);
      const again = await opened(copied(first));
      expect(again.profile).toBe(first.profile);
      expect(JSON.stringify(again.timeline)).toBe(JSON.stringify(first.timeline));
    }
  });

  it('is the scenario’s own on Back, whatever the page showed before', () => {
    const store = createAppStore(modelApi, { profile: 'textbook' });
    store.getState().loadScenario('get');
    openLink(store, { custom: encodeScenarioParam(linuxGet), step: 0, profile: null });
    expect(store.getState().timeline?.profile).toBe('linux');
  });

  it('is the sent scenario’s own in an embed', () => {
    const store = createAppStore(modelApi, { profile: 'textbook' });
    store.getState().loadScenario('get');
    expect(loadScenarioData(store, linuxGet)).toBe(true);
    expect(store.getState().timeline?.profile).toBe('linux');
    expect(new URLSearchParams(copied(store.getState())).get('profile')).toBeNull();
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
