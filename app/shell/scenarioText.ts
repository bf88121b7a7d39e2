/** A scenario's title and one-line description from the catalogue, by id. */
import { type Catalogue, isMessageKey } from '../strings';

export function scenarioTitle(t: Catalogue, id: string): string {
  const key = `scenario.${id}.title`;
  return isMessageKey(key) ? t[key] : id;
}

export function scenarioDescription(t: Catalogue, id: string): string {
  const key = `scenario.${id}.desc`;
  return isMessageKey(key) ? t[key] : t['scenario.unknown.desc'];
}
