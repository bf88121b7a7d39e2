/**
 * The describer reads a step's detail by name, and the type check refuses a field the step's
 * reason does not carry. Each `@ts-expect-error` below is such a read: if the types ever let
 * it through, the directive itself fails `npm run typecheck`. The first is the read that makes
 * an explanation say "has waited 2×MSL (0 ms)": the simulator writes `timeWaitMs`.
 */
import { describe, expect, it } from 'vitest';
import { findScenario, type Step, simulate } from '../model';
import type { DetailReaders } from './describe';

const wrongField: DetailReaders = {
  // @ts-expect-error time-wait-expired carries timeWaitMs, not msl
  'time-wait-expired': (d) => ({ duration: String(d.msl) }),
};

const wrongReason: DetailReaders = {
  // @ts-expect-error the retransmission timeout carries rto; only TIME-WAIT's steps carry timeWaitMs
  'retransmission-timeout': (d) => ({ duration: String(d.timeWaitMs) }),
};

/** Narrowing a step by its reason gives exactly that reason's detail. */
function readStep(step: Step): number | null {
  if (step.reason === 'time-wait-expired') return step.detail.timeWaitMs;
  if (step.reason === 'fin-received') return step.detail.timeWaitMs;
  // @ts-expect-error a step of any other reason has no timeWaitMs
  return step.detail.timeWaitMs;
}

describe('the describer’s detail readers', () => {
  it('are checked by the type check (this file’s @ts-expect-error lines)', () => {
    expect(Object.keys(wrongField)).toEqual(['time-wait-expired']);
    expect(Object.keys(wrongReason)).toEqual(['retransmission-timeout']);
    const scenario = findScenario('get');
    if (!scenario) throw new Error('no get scenario');
    const last = simulate(scenario).steps.at(-1);
    if (!last) throw new Error('no steps');
    expect(last.reason).toBe('time-wait-expired');
    expect(readStep(last)).toBe(240_000);
  });
});
