/** A scenario's title and one-line description from the catalogue, by id. */
import type { Catalogue, MessageKey } from '../strings';

export function scenarioTitle(t: Catalogue, id: string): string {
  const key = `scenario.${id}.title`;
  return key in t ? t[key as MessageKey] : id;
}

export function scenarioDescription(t: Catalogue, id: string): string {
  const key = `scenario.${id}.desc`;
  return key in t ? t[key as MessageKey] : t['scenario.unknown.desc'];
}
