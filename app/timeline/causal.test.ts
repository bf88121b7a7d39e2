/**
 * The diagram never draws an answer leaving before what it answers arrives, nor a state change
 * away from the arrow that causes it: a student reads the picture from top to bottom as time.
 */
import { describe, expect, it } from 'vitest';
import { type Profile, SCENARIO_IDS } from '../model';
import { timelineOf } from '../test-support/fixtures';
import { type ArrowGeometry, arrowGeometry } from './geometry';
import { diagramLayout, stateTags, stepYs } from './layout';

/** The page at 1280×800 (620 px) and on a phone (360 px), an embed's compact diagram, and projector mode. */
const LAYOUTS = [
  { width: 620, compact: false, big: false },
  { width: 360, compact: false, big: false },
  { width: 620, compact: true, big: false },
  { width: 360, compact: true, big: false },
  { width: 928, compact: false, big: true },
] as const;

/** Everything drawn against causality in one scenario, as `profile layout: step n: …`. */
function acausal(id: string, profile: Profile): string[] {
  const timeline = timelineOf(id, profile);
  const found: string[] = [];
  for (const { width, compact, big } of LAYOUTS) {
    const where = `${profile} ${width}${compact ? ' compact' : ''}${big ? ' projector' : ''}`;
    const layout = diagramLayout(timeline, width, compact, big);
    const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
    const arrowOf = (segment: number) => arrows[segment] as ArrowGeometry;
    const line = big ? 28 : 15;
    // Projector mode keeps its tags at their moments (`stateTags`): its arrows only are checked.
    const tags = big ? [] : stateTags(timeline, layout.scale, line, arrows);
    const lastTag: Record<string, number> = {};
    for (const step of timeline.steps) {
      const got = step.segmentIn === null ? null : arrowOf(step.segmentIn);
      const received = got && !got.lost ? got : null;
      // What the step sends in answer leaves no higher than where what it received arrives.
      for (const sent of step.segmentsOut.map(arrowOf)) {
        if (received && sent.seg.from === received.seg.to && sent.y1 < received.y2 - 0.5)
          found.push(
            `${where}: step ${step.index}: ${sent.label} leaves at ${sent.y1.toFixed(0)}, above ${received.label} arriving at ${received.y2.toFixed(0)}`,
          );
      }
      // A state tag beside the arrow that causes the change: the receiver's where it arrives,
      // the sender's where it leaves; a line under the tag before it on its lane where that one
      // is nearer (a FIN that leaves where the FIN it answers arrived: CLOSE-WAIT, then LAST-ACK).
      for (const tag of tags.filter((t) => t.step === step.index)) {
        const causes =
          received && received.seg.to === tag.e
            ? [received.y2]
            : step.segmentsOut.map(arrowOf).flatMap((a) => (a.seg.from === tag.e ? [a.y1] : []));
        const under = (lastTag[tag.e] ?? Number.NEGATIVE_INFINITY) + line;
        if (causes.length > 0 && !causes.some((y) => Math.abs(Math.max(y, under) - tag.y) < 0.5))
          found.push(
            `${where}: step ${step.index}: ${tag.e} ${tag.state} at ${tag.y.toFixed(0)}, its arrow at ${causes.map((y) => y.toFixed(0)).join(' or ')}`,
          );
        lastTag[tag.e] = tag.y;
      }
    }
  }
  return found;
}

describe('the diagram drawn in the order things happen', () => {
  // get at 620 px: the client's ACK of the response and its FIN leave at one instant, the FIN
  // drawn a stack's height under the ACK; the server's ACK of that FIN (Ack=70) left 24 px above
  // where the FIN arrived, and the client's FIN-WAIT-1 sat beside its ACK, not its FIN.
  it.each(SCENARIO_IDS)(
    '%s: an answer leaves where what it answers arrives, and a state tag sits at its arrow',
    (id) => {
      expect([...acausal(id, 'textbook'), ...acausal(id, 'linux')]).toEqual([]);
    },
  );
});

describe('the now line on the page', () => {
  // get at 620 px, step 32: the client's FIN is drawn a stack under the ACK sent at the same
  // instant, and the now line stayed at the ACK, the step before's arrow.
  it.each(SCENARIO_IDS)(
    '%s: goes through the current step’s arrow, and never back up a step later',
    (id) => {
      const off: string[] = [];
      for (const profile of ['textbook', 'linux'] as const) {
        const timeline = timelineOf(id, profile);
        for (const { width, compact } of LAYOUTS.filter((l) => !l.big)) {
          const layout = diagramLayout(timeline, width, compact, false);
          const arrows = arrowGeometry(
            timeline,
            layout.scale,
            layout.lanes,
            'relative',
            layout.stacking,
          );
          const ys = stepYs(timeline, layout.scale, arrows);
          for (const step of timeline.steps) {
            const y = ys[step.index] ?? Number.NaN;
            const got = step.segmentIn === null ? undefined : arrows[step.segmentIn];
            const sent =
              step.segmentsOut[0] === undefined ? undefined : arrows[step.segmentsOut[0]];
            const at = got ? (got.lost ? got.ym : got.y2) : sent?.y1;
            const where = `${profile} ${width}${compact ? ' compact' : ''}: step ${step.index}`;
            if (at !== undefined && Math.abs(at - y) > 0.5)
              off.push(`${where}: now at ${y.toFixed(0)}, its arrow at ${at.toFixed(0)}`);
            if (y < (ys[step.index - 1] ?? Number.NEGATIVE_INFINITY))
              off.push(`${where}: now at ${y.toFixed(0)}, above the step before`);
          }
        }
      }
      expect(off).toEqual([]);
    },
  );
});
