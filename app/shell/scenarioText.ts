/** A scenario's title and one-line description from the catalogue, by id. */
import type { Profile } from '../model';
import { type Catalogue, isMessageKey } from '../strings';

export function scenarioTitle(t: Catalogue, id: string): string {
  const key = `scenario.${id}.title`;
  return isMessageKey(key) ? t[key] : id;
}

/**
 * A scenario's description, in the words for the profile on screen where the profile changes
 * what happens (`scenario.<id>.desc.<profile>`): under `linux` the simultaneous close does not
 * reach CLOSING, and its description says why.
 */
export function scenarioDescription(t: Catalogue, id: string, profile?: Profile): string {
  const own = `scenario.${id}.desc.${profile}`;
  if (profile && isMessageKey(own)) return t[own];
  const key = `scenario.${id}.desc`;
  return isMessageKey(key) ? t[key] : t['scenario.unknown.desc'];
}
