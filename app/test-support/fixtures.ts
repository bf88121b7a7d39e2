/**
 * Timelines for the view's tests, made by the simulator itself: a view test runs on what
 * `simulate()` really emits, so a describer or a view cannot drift from the model (a timeline
 * built by hand can hold a detail the simulator never writes, and hide a misreading of it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listConversations, readCapture, timelineFromConversation } from '../importer/capture';
import { findScenario, type Profile, type SegmentRule, simulate, type Timeline } from '../model';

/** The canned scenario `id`, simulated with its own seed (and the given profile). */
export function timelineOf(id: string, profile: Profile = 'textbook'): Timeline {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario "${id}"`);
  return simulate(scenario, { profile });
}

/** A canned scenario with the workshop's named faults added to its own impairments, simulated. */
export function withDrops(id: string, profile: Profile, drop: SegmentRule[]): Timeline {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario "${id}"`);
  const own = scenario.impairments?.drop ?? [];
  return simulate(
    { ...scenario, impairments: { ...scenario.impairments, drop: [...own, ...drop] } },
    { profile },
  );
}

/** The first connection of a capture in fixtures/captures, as the importer makes it a timeline. */
export function captureTimeline(file: string): Timeline {
  const path = resolve(import.meta.dirname, '../../fixtures/captures', file);
  const read = readCapture(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${file} does not read`);
  const [first] = listConversations(read.packets);
  if (!first) throw new Error(`${file} holds no connection`);
  return timelineFromConversation(first);
}
