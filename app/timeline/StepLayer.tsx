/**
 * The parts of the sequence diagram that change from step to step: the arrows
 * sent so far, the state tags, the "now" line, the travelling packet, and the
 * scroll that follows the cursor. Each selects the cursor itself.
 */
import { Fragment, memo, type RefObject, useCallback, useEffect, useMemo, useState } from 'react';
import { ackOf } from '../explain/describe';
import { stepSegments } from '../model';
import { useApp, useT } from '../store';
import { format } from '../strings';
import { Arrow, type ArrowStatus, LabelPlate, LabelWords } from './Arrow';
import { arrowsInBand, type Band, tagsInBand, WHOLE } from './band';
import {
  type ArrowGeometry,
  arrowSpan,
  drawnEnd,
  drawnLines,
  GLYPH_EM,
  LABEL_LINE_EM,
  LABEL_PX,
  labelBaseline,
  labelWidth,
  placeLabels,
  type Span,
} from './geometry';
import { type LabelText, labelEm } from './labelText';
import {
  breakBoxes,
  type DiagramLayout,
  labelMarks,
  type StateTag,
  TAG_GAP,
  tagBaseline,
  tagBoxes,
  tagPlate,
} from './layout';
import { packetSize, restingPackets } from './packet';
import { useFollow } from './useFollow';

interface StepLayerProps {
  layout: DiagramLayout;
  arrows: readonly ArrowGeometry[];
  /** An arrow's name for a screen reader. */
  ariaLabel(a: ArrowGeometry): string;
  tags: readonly StateTag[];
  /** Where each step is drawn (`stepYs`): the now line's place. */
  nows: readonly number[];
  /** The band of the diagram drawn: a long diagram's arrows and tags outside it are left out. */
  band: Band;
  scrollRef: RefObject<HTMLDivElement | null>;
}

export const StepLayer = memo(function StepLayer({
  layout,
  arrows,
  ariaLabel,
  tags,
  nows,
  band,
  scrollRef,
}: StepLayerProps) {
  const t = useT();
  const cursor = useApp((s) => s.cursor);
  const step = useApp((s) => s.timeline?.steps[s.cursor]);
  const goTo = useApp((s) => s.goTo);
  const nowY = step ? (nows[cursor] ?? layout.scale.y(step.time)) : layout.scale.top;
  const { lanes } = layout;
  const projector = useApp((s) => s.projector);
  const seqMode = useApp((s) => s.seqMode);
  // Where projector mode's lanes are close, a retransmission is marked by ↻ alone (the legend
  // says what it means): with its word, its label fits nowhere between them.
  const retx = t['diagram.retransmission'];
  const old = t['diagram.oldDuplicate'];
  const marks = useMemo(() => labelMarks(layout, { retx, old }), [layout, retx, old]);
  const inBand = useMemo(
    () =>
      band === WHOLE ? arrows : arrowsInBand(arrows, band).map((i) => arrows[i] as ArrowGeometry),
    [arrows, band],
  );
  const current = useMemo(() => new Set<number>(step ? stepSegments(step) : []), [step]);
  // The current step's arrows are always drawn, in the band or not (scrolled away by hand), so
  // that the current segment's button and its words for a screen reader are always there.
  const shown = useMemo(() => {
    if (band === WHOLE) return inBand;
    const missing = [...current]
      .map((id) => segmentArrow(arrows, id))
      .filter((a): a is ArrowGeometry => a !== undefined && !inBand.includes(a));
    return missing.length === 0
      ? inBand
      : [...inBand, ...missing].sort((a, b) => a.seg.id - b.seg.id);
  }, [arrows, band, inBand, current]);
  // What an arrow says, for a screen reader and beside an unexpected ACK: written once, when it
  // is first drawn (an arrow belongs to one timeline), not again for every arrow at every step.
  const wordsOf = useMemo(() => {
    const made = new WeakMap<ArrowGeometry, ArrowWords>();
    return (a: ArrowGeometry) => {
      let words = made.get(a);
      if (!words) {
        words = {
          ariaLabel: ariaLabel(a),
          expectedAck:
            a.expectedAck === null
              ? null
              : format(t, 'diagram.expectedAck', { expected: a.expectedAck }),
          shownAck: ackOf(a.seg, seqMode),
        };
        made.set(a, words);
      }
      return words;
    };
  }, [ariaLabel, t, seqMode]);
  const ems = useMemo(() => shown.map((a) => labelEm(a, marks)), [shown, marks]);
  // In projector mode a label that fits nowhere on one line is tried on two (the teardown's), or
  // on as many as a capture's needs between its lanes (`splitRows`).
  const rowsOf = useCallback((a: LabelText) => layout.splitRows[a.seg.id] ?? 2, [layout.splitRows]);
  const splitRows = useMemo(
    () => (projector ? shown.map(rowsOf) : undefined),
    [projector, shown, rowsOf],
  );
  const splitEms = useMemo(
    () => (projector ? shown.map((a) => labelEm(a, marks, rowsOf(a))) : undefined),
    [projector, shown, marks, rowsOf],
  );
  const drawnTags = useMemo(() => tagsInBand(tags, band), [tags, band]);
  // A label keeps off the state tags shown: along a slanted arrow, or one that starts mid-link (an
  // old duplicate), a long label reaches past a lane into the tags' column. In projector mode it
  // keeps off the compressed stretches too, whose words its 24 px would hide.
  const obstacles = useMemo(() => {
    const boxes = tagBoxes(drawnTags, lanes, cursor, layout.tagPx);
    return projector ? [...boxes, ...breakBoxes(layout.scale.breaks, lanes)] : boxes;
  }, [projector, drawnTags, cursor, lanes, layout.tagPx, layout.scale.breaks]);
  // Another segment's label keeps off a packet that has landed (or waits half way, or died).
  const dataText = t['diagram.data'];
  const packets = useMemo(
    () =>
      step
        ? restingPackets(step, (id) => segmentArrow(arrows, id), dataText, packetSize(projector))
        : [],
    [step, arrows, dataText, projector],
  );
  // And keeps off the other arrows' lines, so that no line strikes its numbers out.
  const lines = useMemo(() => drawnLines(shown, cursor), [shown, cursor]);
  const labelPx = LABEL_PX[projector ? 'projector' : 'page'];
  const places = useMemo(
    () =>
      placeLabels(shown, (a) => a.sendStep <= cursor, current, {
        fontPx: labelPx,
        ems,
        splitEms,
        splitRows,
        below: projector,
        obstacles,
        packets,
        lines,
        ...(projector
          ? {
              between: lanes,
              onlyBetween: layout.onlyBetween,
              edges: { left: 0, right: layout.width },
            }
          : {}),
      }),
    [
      shown,
      cursor,
      current,
      projector,
      labelPx,
      ems,
      splitEms,
      splitRows,
      obstacles,
      packets,
      lines,
      lanes,
      layout.onlyBetween,
      layout.width,
    ],
  );
  // Where each label is drawn along its arrow, on how many lines, and its plate where it has
  // one: its glyphs' box, from the ascent over its first baseline to the descent under its last.
  const spotOf = (a: ArrowGeometry, i: number) => {
    const place = places[i];
    const rows = place?.split ? rowsOf(a) : 1;
    const plate = place?.plated
      ? {
          width: labelWidth((rows > 1 ? splitEms?.[i] : ems[i]) ?? 0, labelPx),
          height: labelPx * (GLYPH_EM.ascent + GLYPH_EM.descent + (rows - 1) * LABEL_LINE_EM),
          top: labelPx * GLYPH_EM.ascent,
        }
      : null;
    return {
      at: place?.at ?? 0.5,
      rows,
      y: labelBaseline(place?.below ?? false, labelPx, undefined, rows),
      plate,
    };
  };
  // The labels drawn again over every arrow: those a line runs through, on their plates, and those
  // near a plate; the plates first, then the words, the current step's last, so that no plate and
  // no other label's halo hides a word of them.
  const overs = shown
    .flatMap((a, i) => {
      const place = places[i];
      return a.sendStep <= cursor && place?.show && (place.plated || place.underPlate)
        ? [{ a, spot: spotOf(a, i) }]
        : [];
    })
    .sort((p, q) => Number(current.has(p.a.seg.id)) - Number(current.has(q.a.seg.id)));
  // What the follow keeps in view, the most that fits of: every arrow in flight; the step's
  // arrows; the arrows the step sends. Each with its label, and with the now line.
  const spans = useMemo(() => {
    const widen = (s: Span, t: Span) => ({
      top: Math.min(s.top, t.top),
      bottom: Math.max(s.bottom, t.bottom),
    });
    let sent: Span = { top: nowY, bottom: nowY };
    let [step, flight] = [sent, sent];
    shown.forEach((a, i) => {
      const flying = a.sendStep <= cursor && a.endStep !== null && a.endStep > cursor;
      const now = current.has(a.seg.id);
      if (!flying && !now) return;
      const done = a.endStep !== null && a.endStep <= cursor;
      const span = arrowSpan(a, drawnEnd(a, done), places[i]?.extent ?? null);
      flight = widen(flight, span);
      if (now) step = widen(step, span);
      if (now && a.sendStep === cursor) sent = widen(sent, span);
    });
    return [flight, step, sent];
  }, [nowY, shown, current, cursor, places]);
  useFollow(scrollRef, nowY, spans, cursor);
  return (
    <>
      {/* First, so that the state tags and the arrows' labels (each with a halo) read over it. */}
      <g className="now" transform={`translate(0 ${nowY.toFixed(1)})`}>
        <line x1={layout.ruler} x2={layout.width - layout.rail} y1={0} y2={0} />
      </g>
      {drawnTags.length > 0 && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing, not focusable; the explanation says it in words
        <g className={layout.close ? 'state-tags close' : 'state-tags'} aria-hidden="true">
          {drawnTags.map((tag) => {
            if (tag.step > cursor) return null;
            const plate = tagPlate(tag, lanes, nowY, layout.tagPx);
            return (
              <Fragment key={tag.key}>
                {plate && <rect className="tag-plate" {...plate} />}
                <text
                  className={`state-tag tag-${tag.e}${tag.step === cursor ? ' current' : ''}`}
                  x={tag.e === 'client' ? lanes.client - TAG_GAP : lanes.server + TAG_GAP}
                  y={tagBaseline(tag)}
                  textAnchor={tag.e === 'client' ? 'end' : 'start'}
                >
                  {tag.state}
                </text>
              </Fragment>
            );
          })}
        </g>
      )}
      {shown.map((a, i) => {
        if (a.sendStep > cursor) return null;
        const status: ArrowStatus = a.endStep !== null && a.endStep <= cursor ? 'done' : 'flight';
        const words = wordsOf(a);
        const spot = spotOf(a, i);
        return (
          <Arrow
            key={a.seg.id}
            a={a}
            status={status}
            current={current.has(a.seg.id)}
            marks={marks}
            showLabel={places[i]?.show ?? false}
            labelAt={spot.at}
            labelRows={spot.rows}
            labelY={spot.y}
            plate={spot.plate}
            ariaLabel={words.ariaLabel}
            lostText={t['diagram.lost']}
            expectedAckText={words.expectedAck}
            shownAck={words.shownAck}
            onGo={goTo}
          />
        );
      })}
      {/* The plated labels and their neighbours once more, over every arrow: a line drawn after a
          label's own arrow is cut by its plate too, and no plate hides a neighbour's words. */}
      {overs.length > 0 && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: copies of drawn labels, not focusable; their arrows are named
        <g className="labels-over" aria-hidden="true">
          {overs.map(({ a, spot }) =>
            spot.plate ? <LabelPlate key={a.seg.id} a={a} {...spot} plate={spot.plate} /> : null,
          )}
          {overs.map(({ a, spot }) => (
            <g
              key={a.seg.id}
              className={`label-over from-${a.seg.from}${current.has(a.seg.id) ? ' current' : ''}`}
            >
              <LabelWords a={a} marks={marks} {...spot} />
            </g>
          ))}
        </g>
      )}
    </>
  );
});

interface ArrowWords {
  ariaLabel: string;
  expectedAck: string | null;
  shownAck: number;
}

/** Segment `id`'s arrow: the arrows are made in segment order, one per segment. */
function segmentArrow(arrows: readonly ArrowGeometry[], id: number): ArrowGeometry | undefined {
  const a = arrows[id];
  return a?.seg.id === id ? a : arrows.find((x) => x.seg.id === id);
}

type MotionPackets = typeof import('./Packet').default;

/** The animation chunk once it is here, and its fetch, started when the page is first idle. */
let motionPackets: MotionPackets | null = null;
let pending: Promise<MotionPackets> | null = null;
function loadPackets(): Promise<MotionPackets> {
  pending ??= new Promise<void>((idle) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => idle());
    else window.setTimeout(idle, 200);
  })
    .then(() => import('./Packet'))
    .then((m) => {
      motionPackets = m.default;
      return m.default;
    });
  return pending;
}

/**
 * The animation component: at once if its chunk is here (no Suspense round
 * trip, which React would delay by up to 300 ms), else once it arrives; until
 * then (a step taken before the page was first idle) no packet shows.
 */
function useMotionPackets(): MotionPackets | null {
  const [loaded, setLoaded] = useState(() => motionPackets);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadPackets().then((component) => {
      if (live) setLoaded(() => component);
    });
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/**
 * The packets the current step sends or receives, as HTML over the SVG, in a
 * box of the diagram's size that is always there and has a compositing layer
 * of its own (`.packets`): a packet that comes or goes then changes that layer
 * only. Added straight into the scrolling diagram, each new packet layer made
 * Chromium raster every visible tile of the diagram again, at every step.
 *
 * It does not select the cursor: the animation chunk's own leaf does, so that
 * a step re-renders neither this box nor framer-motion's providers.
 */
export const PacketLayer = memo(function PacketLayer({
  arrows,
  dataText,
  width,
  height,
}: {
  arrows: readonly ArrowGeometry[];
  dataText: string;
  width: number;
  height: number;
}) {
  const Motion = useMotionPackets();
  return (
    <div className="packets" style={{ width, height }} aria-hidden="true">
      {Motion && <Motion arrows={arrows} dataText={dataText} />}
    </div>
  );
});
