/**
 * What the workshop does with an edit, without React: the Request boxes and the rest of the
 * scenario in, a scenario the validator accepts (or every problem, by where it is) out; the
 * named faults as rules of the link; and the step to show in the new timeline.
 */
import type { DelayRule, Scenario, ScenarioError, SegmentRule, Timeline } from '../model';
import { validateScenario } from '../validation';
import { type RequestError, readRequestText } from './requestText';
import { type ResponseError, rawToText, readResponseText } from './responseText';

export interface EditResult {
  /** The scenario to simulate, when every box reads and the validator accepts it. */
  scenario: Scenario | null;
  /** Each Request box's error, or null. */
  requestErrors: (RequestError | null)[];
  /** Each route's response typed by hand: its error, or null (also for a route without one). */
  responseErrors: (ResponseError | null)[];
  /** What the validator refused, by JSON Pointer (`/link/latencyMs`). */
  fieldErrors: ScenarioError[];
}

/** Each route's response box as the workshop shows it: its text, or null when it has none. */
export const responsesOf = (s: Scenario): (string | null)[] =>
  s.site.resources.map((r) => (r.raw === undefined ? null : rawToText(r.raw)));

/**
 * The scenario the workshop's boxes and fields describe, or what stands in the way. `responses`
 * are the routes' boxes, one per route in order (null: the route's fields make its response);
 * without them each route keeps its own.
 */
export function applyEdit(
  base: Scenario,
  texts: readonly string[],
  responses: readonly (string | null)[] = responsesOf(base),
): EditResult {
  const answers = base.site.resources.map((_, i) => {
    const text = responses[i];
    return text === null || text === undefined ? null : readResponseText(text);
  });
  const responseErrors = answers.map((a) => (a && !a.ok ? a.error : null));
  const readings = texts.map(readRequestText);
  const requestErrors: (RequestError | null)[] = readings.map((r) => (r.ok ? null : r.error));
  const first = readings[0];
  const host = first?.ok ? first.host : base.site.host;
  // Every request goes to the one site, named by the first request's Host.
  readings.forEach((r, i) => {
    if (i > 0 && r.ok && r.host !== host) {
      const text = texts[i] ?? '';
      const at = text.indexOf('\n') + 1;
      requestErrors[i] = {
        code: 'differs',
        line: 2,
        column: 7,
        index: Math.min(at + 6, text.length),
        explanation: 'every request goes to the first request’s Host',
        expected: `Host: ${host}`,
      };
    }
  });
  const resources = base.site.resources.map((r, i) => {
    const { raw: _raw, ...made } = r;
    const answer = answers[i];
    return answer?.ok ? { ...made, raw: answer.raw } : made;
  });
  const broken = requestErrors.some((e) => e !== null) || responseErrors.some((e) => e !== null);
  const candidate: Scenario = {
    ...base,
    site: { ...base.site, host, resources },
    // A box that does not read stands in for its request with the last one that did, so that
    // the fields are still checked: each field's own refusal shows whatever the boxes say.
    requests: readings.flatMap((r, i) => {
      const kept = base.requests[i];
      return r.ok ? [r.spec] : kept ? [kept] : [];
    }),
  };
  const checked = validateScenario(candidate);
  if (broken) {
    // The refusals of the stand-ins, and of the whole (its steps), are not the boxes' own.
    const fieldErrors = checked.ok
      ? []
      : checked.errors.filter((e) => e.path !== '' && !e.path.startsWith('/requests'));
    return { scenario: null, requestErrors, responseErrors, fieldErrors };
  }
  if (!checked.ok) {
    return { scenario: null, requestErrors, responseErrors, fieldErrors: checked.errors };
  }
  return { scenario: checked.scenario, requestErrors, responseErrors, fieldErrors: [] };
}

/** Whether two plain-data values are the same, whatever the order of their keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) =>
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k)
      .sort();
  const ka = keys(a);
  const kb = keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k, i) =>
        k === kb[i] &&
        sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/**
 * The canned scenario a draft is, unchanged, or null: a draft reset to its original (or edited
 * back to it) is that scenario again, named in the menu and the URL as `scenario=<id>`.
 */
export function cannedIdOf(scenario: Scenario, canned: readonly Scenario[]): string | null {
  const same = canned.find((c) => c.id === scenario.id);
  return same && sameData(same, scenario) ? same.id : null;
}

/** The named faults the workshop offers, in plain words (strings.ts). */
export interface NamedFaults {
  /** Drop the client's n-th data segment (0: none). */
  dropClientData: number;
  dropServerFin: boolean;
  dropFirstSynAck: boolean;
  /** Delay the last ACK of the teardown by this many ms (0: none). */
  delayLastAckMs: number;
}

const isRule = (r: SegmentRule, from: string, what: string, nth?: number) =>
  r.from === from && r.what === what && (nth === undefined || r.nth === nth);

/**
 * The last ACK of a teardown is sent by the end that closed first (RFC 9293 §3.6: the active
 * closer acknowledges the other's FIN and goes to TIME-WAIT); `activeCloser` says which that is
 * in the timeline on screen. `final-ack` counts the bare ACKs that acknowledge the peer's FIN,
 * and the active closer's first one is the last segment of the teardown.
 */
export function faultsOf(scenario: Scenario, activeCloser: 'client' | 'server'): NamedFaults {
  const drop = scenario.impairments?.drop ?? [];
  const delay = scenario.impairments?.delay ?? [];
  const data = drop.find((r) => isRule(r, 'client', 'data'));
  const ack = delay.find((r) => isRule(r, activeCloser, 'final-ack', 1));
  return {
    dropClientData: data?.nth ?? 0,
    dropServerFin: drop.some((r) => isRule(r, 'server', 'fin', 1)),
    dropFirstSynAck: drop.some((r) => isRule(r, 'server', 'syn-ack', 1)),
    delayLastAckMs: ack?.extraMs ?? 0,
  };
}

/** The scenario with its named faults set as `faults` says; every other rule is kept. */
export function withFaults(
  scenario: Scenario,
  faults: NamedFaults,
  activeCloser: 'client' | 'server',
): Scenario {
  const drop = (scenario.impairments?.drop ?? []).filter(
    (r) =>
      !isRule(r, 'client', 'data') &&
      !isRule(r, 'server', 'fin', 1) &&
      !isRule(r, 'server', 'syn-ack', 1),
  );
  const delay: DelayRule[] = (scenario.impairments?.delay ?? []).filter(
    (r) => !isRule(r, activeCloser, 'final-ack', 1),
  );
  if (faults.dropClientData > 0)
    drop.push({ from: 'client', what: 'data', nth: faults.dropClientData });
  if (faults.dropServerFin) drop.push({ from: 'server', what: 'fin', nth: 1 });
  if (faults.dropFirstSynAck) drop.push({ from: 'server', what: 'syn-ack', nth: 1 });
  if (faults.delayLastAckMs > 0) {
    delay.push({ from: activeCloser, what: 'final-ack', nth: 1, extraMs: faults.delayLastAckMs });
  }
  const { impairments: _old, ...rest } = scenario;
  const impairments = {
    ...scenario.impairments,
    ...(drop.length > 0 ? { drop } : { drop: undefined }),
    ...(delay.length > 0 ? { delay } : { delay: undefined }),
  };
  const kept = Object.fromEntries(
    Object.entries(impairments).filter(([, v]) => v !== undefined),
  ) as Scenario['impairments'];
  return kept && Object.keys(kept).length > 0 ? { ...rest, impairments: kept } : rest;
}

/** How many rules the named faults do not describe (kept as they are). */
export function otherRules(scenario: Scenario, activeCloser: 'client' | 'server'): number {
  const none = {
    dropClientData: 0,
    dropServerFin: false,
    dropFirstSynAck: false,
    delayLastAckMs: 0,
  };
  const left = withFaults(scenario, none, activeCloser).impairments;
  return (left?.drop?.length ?? 0) + (left?.delay?.length ?? 0);
}

/** The end whose FIN goes first in the timeline (the active closer); the client if none does. */
export function activeCloserOf(timeline: Timeline | null): 'client' | 'server' {
  const fin = timeline?.segments.find((s) => s.flags.includes('FIN'));
  return fin?.from ?? 'client';
}

/**
 * How many segments carrying data the client sends in the timeline, retransmissions included:
 * what the link counts for the rule "the client's n-th data segment" (src/network/link.ts).
 */
export function clientDataOf(timeline: Timeline | null): number {
  return timeline?.segments.filter((s) => s.from === 'client' && s.payload.length > 0).length ?? 0;
}

/**
 * The step of `next` that matches step `cursor` of `prev`: the same occurrence of the same
 * reason (the third segment arrival stays the third), else the same number, within the new end.
 */
export function keepStep(prev: Timeline | null, cursor: number, next: Timeline): number {
  const last = next.steps.length - 1;
  const here = prev?.steps[cursor];
  if (!prev || !here) return Math.min(cursor, last);
  let occurrence = 0;
  for (let i = 0; i < cursor; i++) if (prev.steps[i]?.reason === here.reason) occurrence++;
  for (let i = 0; i <= last; i++) {
    if (next.steps[i]?.reason === here.reason) {
      if (occurrence === 0) return i;
      occurrence--;
    }
  }
  return Math.min(cursor, last);
}
