/**
 * `simulate(scenario, options)`: the scenario runs as a discrete-event
 * simulation and comes back as a timeline. Deterministic: the same scenario,
 * profile and seed give the same timeline, byte for byte.
 */
import type { Scenario } from '../scenarios/types';
import type { Endpoint, Profile, Timeline } from '../timeline/types';
import { INITIAL_STATES, TIMELINE_VERSION } from '../timeline/types';
import { CLIENT_ADDRESS, SERVER_ADDRESS, SERVER_PORT, Simulation } from './simulation';

export interface SimulateOptions {
  /** Overrides the scenario's seed (ISNs, ports, random loss). */
  seed?: number;
  /** Overrides the scenario's profile. */
  profile?: Profile;
}

/** What the tests need beyond the timeline: the octets each application wrote and received. */
export interface SimulationTrace {
  timeline: Timeline;
  streams: {
    connection: number;
    written: Record<Endpoint, string>;
    delivered: Record<Endpoint, string>;
  }[];
}

export function simulateWithTrace(
  scenario: Scenario,
  options: SimulateOptions = {},
): SimulationTrace {
  const seed = (options.seed ?? scenario.seed) >>> 0;
  const profile = options.profile ?? scenario.profile;
  const sim = new Simulation(scenario, profile, seed);
  sim.run();
  const steps = sim.steps();
  const last = steps[steps.length - 1];
  const final = sim.conns[sim.conns.length - 1];
  const outcome = outcomeOf(sim);
  const timeline: Timeline = {
    version: TIMELINE_VERSION,
    scenario: scenario.id,
    profile,
    seed,
    client: { address: CLIENT_ADDRESS, port: sim.conns[0]?.info.clientPort ?? 0 },
    server: { address: SERVER_ADDRESS, port: SERVER_PORT },
    link: {
      latencyMs: scenario.link.latencyMs,
      bitsPerSecond: scenario.link.bitsPerSecond,
      lossRate: scenario.link.lossRate,
    },
    connections: sim.conns.map((c) => ({ ...c.info })),
    segments: sim.segments,
    messages: sim.messages,
    steps,
    durationMs: last?.time ?? 0,
    outcome: {
      client: final?.ends.client.tcb.state ?? INITIAL_STATES.client,
      server: final?.ends.server.tcb.state ?? INITIAL_STATES.server,
      note: outcome,
    },
  };
  return {
    timeline,
    streams: sim.conns.map((c) => ({
      connection: c.info.id,
      written: { client: c.ends.client.written, server: c.ends.server.written },
      delivered: { client: c.ends.client.delivered, server: c.ends.server.delivered },
    })),
  };
}

/** null when every connection ended CLOSED at both ends; otherwise why not, in a few words. */
function outcomeOf(sim: Simulation): string | null {
  const notes: string[] = [];
  for (const c of sim.conns) {
    for (const end of ['client', 'server'] as const) {
      const { ended, tcb } = c.ends[end];
      if (ended === 'gave-up') notes.push(`${end}-gave-up`);
      else if (ended === 'reset') notes.push(`${end}-reset`);
      else if (tcb.state !== 'CLOSED') notes.push(`${end}-left-in-${tcb.state}`);
    }
  }
  return notes.length === 0 ? null : notes.join(', ');
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): Timeline {
  return simulateWithTrace(scenario, options).timeline;
}
