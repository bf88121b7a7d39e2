/** The view the store holds, as the URL writes it (app/url/codec.ts). */
import type { AppState } from '../store';
import { viewIndexOf } from '../timeline/granularity';
import { momentOfView } from '../timeline/moments';
import { CANNED_PROFILE, type UrlState } from './codec';
import { encodeScenarioParam } from './scenarioParam';

/** What of the store the URL writes. */
export type UrlView = Pick<
  AppState,
  | 'scenarioId'
  | 'source'
  | 'timeline'
  | 'granularity'
  | 'cursor'
  | 'lang'
  | 'seqMode'
  | 'seqChosen'
  | 'profile'
  | 'projector'
>;

/**
 * The profile the scenario on screen runs under when its link names none: a custom scenario's
 * travels in `s`, so that the link says it once (app/store/slices.ts keeps it the one on screen).
 */
const ownProfile = (s: Pick<UrlView, 'source'>) =>
  s.source.kind === 'custom' ? s.source.scenario.profile : CANNED_PROFILE;

/**
 * The URL of the view on screen. `step` counts view steps; `moment` names the step when it is
 * a named moment (or, one segment a step, holds one), so that the link survives a change of
 * profile or granularity. A custom scenario travels in the link itself.
 */
export function urlStateOf(s: UrlView, embed: boolean): UrlState {
  const moment = s.timeline ? momentOfView(s.timeline, s.granularity, s.cursor) : undefined;
  return {
    scenario: s.scenarioId,
    step: s.timeline ? viewIndexOf(s.timeline, s.granularity, s.cursor) : s.cursor,
    lang: s.lang,
    embed,
    seq: s.seqChosen ? s.seqMode : null,
    profile: s.profile === ownProfile(s) ? null : s.profile,
    moment: moment?.id ?? null,
    granularity: s.granularity,
    projector: s.projector,
    custom: s.source.kind === 'custom' ? encodeScenarioParam(s.source.scenario) : null,
  };
}
