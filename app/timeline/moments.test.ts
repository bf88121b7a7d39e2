import { describe, expect, it } from 'vitest';
import { THIRD_SEGMENT_LOST } from '../../src/session/test-support/impaired';
import { SCENARIOS, simulate } from '../model';
import { timelineOf } from '../test-support/fixtures';
import {
  findMoment,
  firstStepOfPhase,
  momentAt,
  momentBefore,
  momentsOf,
  nearestMoment,
} from './moments';

describe('momentsOf', () => {
  it('names the moments a lesson points at, on the steps that make them', () => {
    const get = timelineOf('get');
    const at = (id: string) => get.steps[findMoment(get, id)?.step ?? -1];
    expect(at('server-syn-received')?.states.server).toBe('SYN-RECEIVED');
    expect(at('server-syn-received')?.reason).toBe('syn-received');
    expect(at('status-line')?.reason).toBe('status-line-written');
    expect(at('time-wait-ends')?.reason).toBe('time-wait-expired');
    const redirect = timelineOf('redirect-301');
    const location = findMoment(redirect, 'location-header');
    expect(location?.line).toBe('HTTP/1.1 301 Moved Permanently');
    expect(findMoment(redirect, 'status-line-2')?.line).toBe('HTTP/1.1 200 OK');
    expect(findMoment(timelineOf('not-found-404'), 'status-line')?.line).toBe(
      'HTTP/1.1 404 Not Found',
    );
  });

  it('names a fast retransmit the retransmission, as a timeout’s (RFC 5681 §3.2)', () => {
    const t = simulate(THIRD_SEGMENT_LOST, { profile: 'textbook' });
    expect(t.steps[findMoment(t, 'retransmission')?.step ?? -1]?.reason).toBe('fast-retransmit');
  });

  it('gives every moment of every canned scenario a unique id, in step order, under both profiles', () => {
    for (const { id } of SCENARIOS) {
      for (const profile of ['textbook', 'linux'] as const) {
        const moments = momentsOf(timelineOf(id, profile));
        expect(new Set(moments.map((m) => m.id)).size).toBe(moments.length);
        const steps = moments.map((m) => m.step);
        expect(steps).toEqual([...steps].sort((a, b) => a - b));
      }
    }
  });

  it('keeps the same ids under the linux profile, where the steps are others', () => {
    const textbook = timelineOf('get');
    const linux = timelineOf('get', 'linux');
    for (const id of ['server-syn-received', 'status-line', 'client-time-wait', 'time-wait-ends']) {
      expect(findMoment(linux, id)).toBeDefined();
    }
    expect(findMoment(linux, 'time-wait-ends')?.step).not.toBe(
      findMoment(textbook, 'time-wait-ends')?.step,
    );
  });
});

describe('finding a moment from a step', () => {
  const get = timelineOf('get');
  it('exactly, at or before, and nearest', () => {
    const status = findMoment(get, 'status-line')?.step ?? -1;
    expect(momentAt(get, status)?.id).toBe('status-line');
    expect(momentAt(get, status + 1)).toBeUndefined();
    expect(momentBefore(get, status + 1)?.id).toBe('status-line');
    expect(momentBefore(get, 0)).toBeUndefined();
    expect(nearestMoment(get, get.steps.length + 10)?.id).toBe('time-wait-ends');
  });
});

describe('firstStepOfPhase', () => {
  it('finds the first step of each phase, and null for a phase the timeline lacks', () => {
    const get = timelineOf('get');
    expect(firstStepOfPhase(get, 'mdn', 1)).toBe(1);
    expect(get.steps[firstStepOfPhase(get, 'seven', 4) ?? 0]?.reason).toBe('status-line-written');
    const close = firstStepOfPhase(get, 'seven', 7) ?? 0;
    expect(get.steps[close]?.reason).toBe('active-close');
    expect(get.steps.slice(0, close).some((s) => s.phase.sevenStep === 7)).toBe(false);
    expect(firstStepOfPhase(get, 'mdn', 4)).toBeNull();
  });
});
