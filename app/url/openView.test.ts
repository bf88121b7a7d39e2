import { describe, expect, it } from 'vitest';
import { type Booted, boot } from '../boot';
import { modelApi } from '../modelApi';
import { findMoment } from '../timeline/moments';

const open = (query: string) => {
  const { store } = boot(query, ['en'], { model: modelApi }) as Booted;
  const s = store.getState();
  return { s, at: s.timeline?.steps[s.cursor] };
};

describe('opening a link', () => {
  it('puts the cursor on a named moment, under either profile and granularity', () => {
    const textbook = open('?scenario=get&moment=status-line');
    expect(textbook.at?.reason).toBe('status-line-written');
    const linux = open('?scenario=get&moment=server-syn-received&profile=linux');
    expect(linux.at?.states.server).toBe('SYN-RECEIVED');
    expect(linux.s.badParams).toEqual([]);
    const segment = open('?scenario=not-found-404&moment=status-line&granularity=segment');
    expect(segment.s.granularity).toBe('segment');
    // The view step that shows the status line: the 404's status line is written by then.
    const status = findMoment(segment.s.timeline ?? never(), 'status-line')?.step ?? -1;
    expect(segment.s.cursor).toBeGreaterThanOrEqual(status);
  });

  it('shows an old step link that this view lacks at the nearest moment, and says so', () => {
    // Step 39 of the textbook GET is TIME-WAIT's end; the linux GET has 38 steps.
    const { s, at } = open('?scenario=get&step=39&profile=linux');
    expect(at?.reason).toBe('time-wait-expired');
    expect(s.badParams).toEqual([]);
    expect(s.resolvedStep).toEqual({ kind: 'nearest', step: 39, moment: 'time-wait-ends' });
  });

  it('counts view steps at the segment granularity, and still calls a step no view has bad', () => {
    const { s } = open('?scenario=get&step=2&granularity=segment');
    expect(s.timeline?.steps[s.cursor]?.states.client).toBe('ESTABLISHED');
    const past = open('?scenario=get&step=400');
    expect(past.s.badParams).toEqual(['step']);
    expect(past.s.cursor).toBe((past.s.timeline?.steps.length ?? 0) - 1);
  });

  it("says that a moment this scenario lacks is not in it, and shows the link's step instead", () => {
    // The link was read: a GET has no Location header. Not "part of the link could not be read".
    const { s } = open('?scenario=get&moment=location-header&step=12');
    expect(s.badParams).toEqual([]);
    expect(s.cursor).toBe(12);
    expect(s.resolvedStep).toEqual({ kind: 'missing', step: 12, moment: 'location-header' });
    const first = open('?scenario=get&moment=nothing-like-this');
    expect(first.s.cursor).toBe(0);
    expect(first.s.resolvedStep).toEqual({ kind: 'missing', step: 0, moment: 'nothing-like-this' });
  });

  it('reads projector=1', () => {
    expect(open('?projector=1').s.projector).toBe(true);
  });
});

function never(): never {
  throw new Error('no timeline');
}
