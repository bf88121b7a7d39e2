/**
 * The canned scenarios, in the order the app lists them. Each is plain data in
 * its own file; its title in every language lives in the app's catalogues.
 */
import { get } from './get';
import type { Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [get];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
