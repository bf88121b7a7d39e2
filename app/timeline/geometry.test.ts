import { describe, expect, it } from 'vitest';
import { ackOf } from '../explain/describe';
import { SCENARIO_IDS } from '../model';
import { loadCatalogue } from '../strings';
import { straightArrow } from '../test-support/arrows';
import { timelineOf } from '../test-support/fixtures';
import {
  type ArrowGeometry,
  arrowGeometry,
  arrowSpan,
  boxesOverlap,
  LABEL_PX,
  LABEL_STOPS,
  type LabelPlace,
  labelBox,
  placeLabels,
  STACK_PX,
} from './geometry';
import { labelEm } from './labelText';
import { diagramLayout, labelMarks } from './layout';
import { buildScale } from './scale';

function arrow(id: number, y1: number, y2: number, fromClient = true, lost = false): ArrowGeometry {
  const [x1, x2] = fromClient ? [100, 900] : [900, 100];
  return straightArrow(id, [x1, y1], [x2, y2], { lost });
}

const room = (n: number) => ({ fontPx: 10.8, ems: Array(n).fill(31 * 0.6) });
const all = () => true;

function boxes(arrows: ArrowGeometry[], places: { show: boolean; at: number }[]) {
  return arrows.flatMap((a, i) =>
    places[i]?.show ? [labelBox(a, places[i].at, 31 * 10.8 * 0.6 + 4, 13.5, 9)] : [],
  );
}

describe('placeLabels', () => {
  it('puts a lone label half way along its arrow', () => {
    expect(placeLabels([arrow(0, 100, 164)], all, new Set(), room(1))).toMatchObject([
      { show: true, at: 0.5, below: false, split: false },
    ]);
  });

  // The follow keeps a label in view by its extent (useFollow.ts): over the arrow, around its middle.
  it("gives a placed label's extent, and an arrow's span takes it in", () => {
    const a = arrow(0, 100, 164);
    const [place] = placeLabels([a], all, new Set(), room(1));
    const extent = place?.extent;
    if (!extent) throw new Error('placed without an extent');
    expect(extent.top).toBeLessThan(132);
    expect(extent.bottom).toBeGreaterThan(extent.top);
    expect(extent.bottom).toBeLessThan(164);
    expect(arrowSpan(a, { y: 164 }, extent)).toEqual({
      top: Math.min(100, extent.top),
      bottom: 164,
    });
    expect(arrowSpan(a, { y: 132 }, null)).toEqual({ top: 100, bottom: 132 });
  });

  it('slides crossing labels apart instead of overprinting them', () => {
    const arrows = [arrow(0, 100, 164), arrow(1, 104, 168, false), arrow(2, 110, 174)];
    const places = placeLabels(arrows, all, new Set(), room(3));
    const shown = boxes(arrows, places);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) {
        const p = shown[i];
        const q = shown[j];
        if (!p || !q) continue;
        expect(boxesOverlap(p, q)).toBe(false);
      }
    for (const p of places) if (p.show) expect(LABEL_STOPS).toContain(p.at);
  });

  it('tells turned boxes apart', () => {
    const a = arrow(0, 100, 164);
    expect(boxesOverlap(labelBox(a, 0.5, 100, 14, 9), labelBox(a, 0.5, 100, 14, 9))).toBe(true);
    expect(boxesOverlap(labelBox(a, 0.25, 100, 14, 9), labelBox(a, 0.75, 100, 14, 9))).toBe(false);
  });

  it('hides a label that fits nowhere, but never the current one, which goes first', () => {
    const arrows = [arrow(0, 100, 164), arrow(1, 100, 164)];
    expect(placeLabels(arrows, all, new Set(), room(2)).map((p) => p.show)).toEqual([true, false]);
    const places = placeLabels(arrows, all, new Set([1]), room(2));
    expect(places[1]).toMatchObject({ show: true, at: 0.5, below: false, split: false });
    expect(places[0]?.show).toBe(false);
  });

  // Projector mode at 1280×720: a diagram 728 px wide, its lanes 220 px apart; a captured
  // retransmission's label is 69 characters on one line (about 1000 px), 37 on two.
  it('keeps a label within the diagram’s edges, on its lines where one line reaches past them', () => {
    const level = straightArrow(0, [258, 200], [478, 201]);
    const projector = { fontPx: 24, ems: [69 * 0.6], splitEms: [37 * 0.6], below: true };
    const edges = { left: 0, right: 728 };
    const inside = (p: LabelPlace | undefined) => {
      const box = labelBox(level, p?.at ?? 0.5, (p?.split ? 37 : 69) * 24 * 0.6 + 4, 60, 9);
      return box.cx - box.hw >= edges.left && box.cx + box.hw <= edges.right;
    };
    const [place] = placeLabels([level], all, new Set(), { ...projector, edges });
    expect(place).toMatchObject({ show: true, split: true });
    expect(inside(place)).toBe(true);
    // The current label, drawn even where something covers it, is drawn on its lines too.
    const everywhere = { cx: 364, cy: 200, hw: 1000, hh: 1000, ux: 1, uy: 0 };
    const [current] = placeLabels([level], all, new Set([0]), {
      ...projector,
      edges,
      obstacles: [everywhere],
    });
    expect(current).toMatchObject({ show: true, split: true });
    expect(inside(current)).toBe(true);
  });

  // A step that receives one segment and sends another: both are what the step is about. Two
  // arrows one over the other leave the second label no room at any of the usual stops; it went
  // unlabelled while the step was current.
  it('shows a second current label too, nearer an end of its arrow, never over the first', () => {
    const arrows = [arrow(0, 100, 164), arrow(1, 100, 164)];
    const places = placeLabels(arrows, all, new Set([0, 1]), room(2));
    expect(places.map((p) => p.show)).toEqual([true, true]);
    const [p, q] = boxes(arrows, places);
    if (!p || !q) throw new Error('both labels are placed');
    expect(boxesOverlap(p, q)).toBe(false);
  });

  it('leaves out arrows not drawn yet, and keeps a lost label on the part drawn', () => {
    const arrows = [arrow(0, 100, 164, true, true), arrow(1, 100, 164)];
    const places = placeLabels(arrows, (a) => a.sendStep === 0, new Set(), room(2));
    expect(places[0]?.show).toBe(true);
    expect(places[0]?.at).toBeLessThanOrEqual(0.5);
    expect(places[1]?.show).toBe(false);
  });

  // A lost arrow dies half way in time; where the rest of that time is compressed, half way in
  // time is nearly the whole arrow down the page (why-time-wait's last ACK).
  it('squeezes a lost label’s stops to the part of its arrow drawn', () => {
    const lost = arrow(0, 100, 164, true, true);
    const halfWay = placeLabels([lost], all, new Set(), room(1));
    expect(halfWay[0]?.at).toBeCloseTo(0.3);
    const nearlyAll = placeLabels([{ ...lost, xm: 860, ym: 160.8 }], all, new Set(), room(1));
    expect(nearlyAll[0]?.at).toBe(0.5);
  });

  it('names why-time-wait’s lost last ACK at the 1280 px layout, under both profiles', async () => {
    const t = await loadCatalogue('en');
    for (const profile of ['textbook', 'linux'] as const) {
      const timeline = timelineOf('why-time-wait', profile);
      const layout = diagramLayout(timeline, 620, false, false);
      const arrows = arrowGeometry(
        timeline,
        layout.scale,
        layout.lanes,
        'relative',
        layout.stacking,
      );
      const lastAck = arrows.filter((a) => a.lost).at(-1);
      if (!lastAck) throw new Error('why-time-wait loses its last ACK');
      const marks = labelMarks(layout, {
        retx: t['diagram.retransmission'],
        old: t['diagram.oldDuplicate'],
      });
      const ems = arrows.map((a) => labelEm(a, marks));
      for (const step of timeline.steps.filter((s) => s.index >= lastAck.sendStep)) {
        const current = new Set([
          ...step.segmentsOut,
          ...(step.segmentIn === null ? [] : [step.segmentIn]),
        ]);
        const places = placeLabels(arrows, (a) => a.sendStep <= step.index, current, {
          fontPx: LABEL_PX.page,
          ems,
        });
        expect(places[arrows.indexOf(lastAck)]?.show, `${profile} step ${step.index}`).toBe(true);
      }
    }
  });
});

describe('why-three-way: the old duplicate SYN (RFC 9293 Figure 8)', () => {
  const timeline = timelineOf('why-three-way');
  const scale = buildScale(timeline, { latencyPx: 64 });
  const lanes = { client: 160, server: 1100 };

  it('comes from the network’s past: not from the client lane at 0 ms, and the real SYN is not pushed down', () => {
    const [old, real] = arrowGeometry(timeline, scale, lanes, 'relative');
    expect(old?.seg.oldDuplicate).toBe(true);
    expect(old?.x1).toBeGreaterThan(lanes.client);
    expect(old?.past).not.toBeNull();
    expect(old?.past?.y).toBeLessThan(old?.y1 ?? 0);
    expect(real?.x1).toBe(lanes.client);
    expect(real?.y1).toBe(scale.y(0));
    expect(real?.past).toBeNull();
  });

  it.each([
    ['relative', -9, 1],
    ['absolute', 91, 101],
  ] as const)(
    '%s: the SYN,ACK that answers it shows Ack=%i beside the expected %i',
    (mode, ack, expected) => {
      const arrows = arrowGeometry(timeline, scale, lanes, mode);
      const answers = arrows.filter((a) => a.expectedAck !== null);
      expect(answers.map((a) => [a.seg.id, ackOf(a.seg, mode), a.expectedAck])).toEqual([
        [2, ack, expected],
      ]);
    },
  );

  it('no other canned scenario marks an expected ACK', () => {
    const t = timelineOf('get');
    const arrows = arrowGeometry(t, buildScale(t, { latencyPx: 64 }), lanes, 'relative');
    expect(arrows.filter((a) => a.expectedAck !== null || a.past !== null)).toEqual([]);
  });
});

describe('arrows at their moments', () => {
  // An arrow drawn far below its own moment reads as sent after what is drawn at the moments
  // that follow. Only a second segment one side sends at the very same instant (an ACK and the
  // request behind it) is drawn a stack's height under the first, and an answer to it leaves
  // where it arrives (causal.test.ts).
  it.each(SCENARIO_IDS)('%s: each arrow leaves and arrives within a stack of its moment', (id) => {
    const far: string[] = [];
    for (const profile of ['textbook', 'linux'] as const) {
      const timeline = timelineOf(id, profile);
      for (const width of [620, 358]) {
        const { scale, lanes, stacking } = diagramLayout(timeline, width, false, false);
        for (const a of arrowGeometry(timeline, scale, lanes, 'relative', stacking)) {
          const arrival = a.seg.arrivesAt ?? a.seg.lostAt;
          const off = Math.max(
            a.y1 - scale.y(a.seg.sentAt),
            arrival === null || a.lost ? 0 : a.y2 - scale.y(arrival),
          );
          if (off > STACK_PX + 0.5)
            far.push(`${profile} ${width}: ${a.label} ${off.toFixed(0)} px`);
        }
      }
    }
    expect(far).toEqual([]);
  });
});

describe('a lost segment', () => {
  // It dies half way across, as the legend's cross says. Where the quiet time after the loss was
  // compressed from its death on, its arrow was aimed at the far lane's break: why-time-wait's
  // lost last ACK had its cross on the server's lane, as if delivered.
  it.each(
    SCENARIO_IDS.flatMap((id) => (['textbook', 'linux'] as const).map((p) => [id, p] as const)),
  )('%s (%s): dies about half way between the lanes', (id, profile) => {
    const timeline = timelineOf(id, profile);
    const layout = diagramLayout(timeline, 620, false, false);
    const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
    for (const a of arrows.filter((x) => x.lost && !x.seg.oldDuplicate)) {
      // Near it: the scale keeps moments a few pixels apart, so half way in time is not quite
      // half way across.
      const off = Math.abs(a.xm - (a.x1 + a.x2) / 2) / Math.abs(a.x2 - a.x1);
      expect(off, `${a.label}`).toBeLessThan(0.1);
    }
  });
});
