/**
 * Puts the custom scenario a link carries on screen (`scenario=custom&s=<…>`), or, when the
 * link cannot be read, leaves the default scenario there and says why in the notice.
 * Loaded on first use, with the link reader and the validator, by app/boot.ts and on Back.
 */
import type { AppStore } from '../store';
import { lastStep } from '../store/playback';
import { CANNED_PROFILE, type UrlState } from '../url/codec';
import { validateScenario } from '../validation';
import { readScenarioParam } from './link';

export function openLink(store: AppStore, state: Pick<UrlState, 'custom' | 'step' | 'profile'>) {
  const reading = readScenarioParam(state.custom ?? '');
  const s = store.getState();
  if (!reading.ok) {
    if (reading.problem === 'damaged' || reading.problem === 'invalid') {
      console.error(`Roundtrip: the scenario in the link is ${reading.problem}: ${reading.detail}`);
    }
    s.setBadParams([...s.badParams.filter((p) => !p.startsWith('s:')), `s:${reading.problem}`]);
    // What the notice says is shown: the link named no scenario that could be simulated.
    s.loadDefault({ step: 0, profile: state.profile ?? CANNED_PROFILE });
    return;
  }
  // The scenario's own profile, unless the link names another (app/store/slices.ts).
  s.loadSource(
    { kind: 'custom', scenario: reading.scenario },
    { step: state.step, ...(state.profile === null ? {} : { profile: state.profile }) },
  );
  // A step past the end is shown as the last step, and said so (as app/boot.ts does).
  if (state.step > lastStep(store.getState().timeline)) s.setBadParams([...s.badParams, 'step']);
}

/**
 * A scenario a page sent to its embed (`{source:'roundtrip', type:'load', scenario}`,
 * app/embed/bridge.ts): shown from its start if the validator accepts it, as a link's is;
 * otherwise ignored, with the validator's reasons in the console. It runs under its own profile,
 * not the one on screen before. Says whether it was loaded.
 */
export function loadScenarioData(store: AppStore, data: unknown): boolean {
  const checked = validateScenario(data);
  if (!checked.ok) {
    console.warn('Roundtrip: the scenario sent by the page was refused', checked.errors);
    return false;
  }
  store.getState().loadSource({ kind: 'custom', scenario: checked.scenario }, { step: 0 });
  return true;
}
