/** The model as the store sees it: the canned scenarios by id, and the simulator. */
import { findScenario, SCENARIOS, simulate } from './model';
import type { ModelApi } from './store';

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);

export const modelApi: ModelApi = {
  scenarioIds: SCENARIO_IDS,
  simulate(id, options) {
    const scenario = findScenario(id);
    if (!scenario) throw new Error(`No scenario with the id ${id}`);
    return simulate(scenario, options);
  },
  simulateScenario: (scenario, options) => simulate(scenario, options),
};
