/**
 * How fast the simulator is: simulations per second of `get` (the hz column),
 * and the time one `large-response` takes (the mean column), in both profiles.
 * Run with `npx vitest bench --run --project model src/session`.
 */
import { bench, describe } from 'vitest';
import { SCENARIOS } from '../scenarios';
import type { Scenario } from '../scenarios/types';
import { simulate } from './simulate';

const byId = (id: string) => SCENARIOS.find((s) => s.id === id) as Scenario;
const get = byId('get');
const large = byId('large-response');

describe('simulate', () => {
  bench('get (textbook): simulations per second', () => {
    simulate(get);
  });
  bench('get (linux): simulations per second', () => {
    simulate(get, { profile: 'linux' });
  });
  bench('large-response (textbook): time per simulation', () => {
    simulate(large);
  });
  bench('large-response (linux): time per simulation', () => {
    simulate(large, { profile: 'linux' });
  });
});
