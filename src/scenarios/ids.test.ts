import { expect, test } from 'vitest';
import { SCENARIOS } from '.';
import { SCENARIO_IDS } from './ids';

test('SCENARIO_IDS lists every canned scenario, in the order of SCENARIOS', () => {
  expect(SCENARIO_IDS).toEqual(SCENARIOS.map((s) => s.id));
});
