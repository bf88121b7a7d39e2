/** The view the store holds, as the URL writes it (app/url/codec.ts). */
import type { AppState } from '../store';
import type { UrlState } from './codec';
import { encodeScenarioParam } from './scenarioParam';

export function urlStateOf(s: AppState, embed: boolean): UrlState {
  return {
    scenario: s.scenarioId,
    step: s.cursor,
    lang: s.lang,
    embed,
    seq: s.seqMode,
    profile: s.profile,
    custom: s.source.kind === 'custom' ? encodeScenarioParam(s.source.scenario) : null,
  };
}
