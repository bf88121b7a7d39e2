/**
 * Timelines for the view's tests, made by the simulator itself: a view test runs on what
 * `simulate()` really emits, so a describer or a view cannot drift from the model (a timeline
 * built by hand can hold a detail the simulator never writes, and hide a misreading of it).
 */
import { findScenario, type Profile, simulate, type Timeline } from '../model';

/** The canned scenario `id`, simulated with its own seed (and the given profile). */
export function timelineOf(id: string, profile: Profile = 'textbook'): Timeline {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario "${id}"`);
  return simulate(scenario, { profile });
}
