/**
 * The sequence diagram: client lane left, server lane right, time running
 * down. Arrows after the cursor are not drawn yet; the current step's packet
 * travels along its arrow; the view scrolls to follow the cursor.
 *
 * What depends on the timeline, the width and the language is computed and
 * drawn once (`Backdrop`, the geometry, the labels); what depends on the
 * cursor lives in the leaves that select it (`StepLayer`, `PacketLayer`,
 * `PhaseRail`), so that a step re-renders only what it changes. A long
 * diagram draws only the band on screen and a margin (`band.ts`).
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Timeline } from '../model';
import { useApp, useLang, useT } from '../store';
import { format } from '../strings';
import { formatDuration } from '../strings/intl';
import { type Band, breaksInBand, VIRTUAL_ABOVE } from './band';
import { type ArrowGeometry, arrowGeometry } from './geometry';
import {
  breakWordsAt,
  type DiagramLayout,
  diagramLayout,
  LANE_ADDRESS_Y,
  LANE_NAME_Y,
  stateTags,
  stepYs,
} from './layout';
import { PhaseRail } from './PhaseRail';
import { Ruler } from './Ruler';
import { PacketLayer, StepLayer } from './StepLayer';
import { useBand } from './useBand';
import { useWidth } from './useWidth';
import './diagram.css';

let readyMarked = false;

export function SequenceDiagram({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const timeline = useApp((s) => s.timeline);
  const seqMode = useApp((s) => s.seqMode);
  const projector = useApp((s) => s.projector);
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useWidth(scrollRef, 640);
  const windowed = (timeline?.segments.length ?? 0) > VIRTUAL_ABOVE;
  const band = useBand(scrollRef, windowed);

  // What the labels are written with: in projector mode a capture's moments make room for them.
  const retx = t['diagram.retransmission'];
  const old = t['diagram.oldDuplicate'];
  const words = useMemo(() => ({ mode: seqMode, retx, old }), [seqMode, retx, old]);
  const layout = useMemo(
    () =>
      timeline && width !== null ? diagramLayout(timeline, width, compact, projector, words) : null,
    [timeline, width, compact, projector, words],
  );
  const arrows = useMemo(
    () =>
      timeline && layout
        ? arrowGeometry(timeline, layout.scale, layout.lanes, seqMode, layout.stacking)
        : [],
    [timeline, layout, seqMode],
  );
  // Made for the arrows drawn only: a long capture's would be thousands of strings.
  const ariaLabel = useCallback(
    (a: ArrowGeometry) =>
      format(t, 'diagram.arrow', {
        flags: a.seg.flags.join(', '),
        from: t[`whom.${a.seg.from}`],
        to: t[`whom.${a.seg.to}`],
        numbers: a.label.replace(/^\[[^\]]*\] /, ''),
        step: a.sendStep,
      }),
    [t],
  );
  // On the page the state tags and the now line go with the step's arrow, which may be drawn
  // below its moment (stacked, or answering one stacked); in projector mode, at its moment.
  const beside = projector ? undefined : arrows;
  const tags = useMemo(
    () =>
      timeline && layout && !layout.narrow
        ? stateTags(timeline, layout.scale, projector ? 28 : 15, beside)
        : [],
    [timeline, layout, projector, beside],
  );
  const nows = useMemo(
    () => (timeline && layout ? stepYs(timeline, layout.scale, beside) : []),
    [timeline, layout, beside],
  );

  useEffect(() => {
    if (layout && !readyMarked) {
      readyMarked = true;
      performance.mark('roundtrip:ready');
    }
  }, [layout]);

  const drawn = timeline && layout;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling viewport, not a form group
    <div
      ref={scrollRef}
      className="diagram-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      role="group"
      aria-label={t['region.diagram']}
    >
      {drawn && (
        <>
          <svg
            className={layout.narrow ? 'sequence narrow' : 'sequence'}
            width={layout.width}
            height={layout.scale.height}
            viewBox={`0 0 ${layout.width} ${layout.scale.height}`}
            aria-label={t['region.diagram']}
            aria-describedby="sequence-desc"
          >
            <Backdrop timeline={timeline} layout={layout} band={band} />
            {/* Under the arrows, as its band is: a label that crosses a stretch reads over its words. */}
            <BreakLabels layout={layout} band={band} />
            <PhaseRail
              timeline={timeline}
              scale={layout.scale}
              x={layout.width - layout.rail + 6}
            />
            <StepLayer
              layout={layout}
              arrows={arrows}
              ariaLabel={ariaLabel}
              tags={tags}
              nows={nows}
              band={band}
              scrollRef={scrollRef}
            />
          </svg>
          <PacketLayer
            arrows={arrows}
            dataText={t['diagram.data']}
            width={layout.width}
            height={layout.scale.height}
          />
        </>
      )}
    </div>
  );
}

/** Everything that stays the same from step to step: markers, ruler, lanes, break labels. */
const Backdrop = memo(function Backdrop({
  timeline,
  layout,
  band,
}: {
  timeline: Timeline;
  layout: DiagramLayout;
  band: Band;
}) {
  const t = useT();
  const { scale, lanes, narrow } = layout;
  return (
    <>
      <desc id="sequence-desc">{t['diagram.description']}</desc>
      <defs>
        {(['client', 'server'] as const).map((e) => (
          <marker
            key={e}
            id={`rt-head-${e}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`head-${e}`} />
          </marker>
        ))}
      </defs>
      <Ruler scale={scale} x={layout.ruler} right={layout.width - layout.rail} band={band} />
      {(['client', 'server'] as const).map((e) => (
        <g key={e} className={`lane lane-${e}`}>
          <line x1={lanes[e]} x2={lanes[e]} y1={scale.top - 8} y2={scale.height - 12} />
          <text x={lanes[e]} y={LANE_NAME_Y} textAnchor="middle" className="lane-name">
            {t[`endpoint.${e}`]}
          </text>
          {!narrow && (
            <text x={lanes[e]} y={LANE_ADDRESS_Y} textAnchor="middle" className="lane-addr">
              {`${timeline[e].address}:${timeline[e].port}`}
            </text>
          )}
        </g>
      ))}
    </>
  );
});

/** "… compressed" on each stretch of time the scale cuts short, under the arrows and their labels. */
const BreakLabels = memo(function BreakLabels({
  layout,
  band,
}: {
  layout: DiagramLayout;
  band: Band;
}) {
  const t = useT();
  const lang = useLang();
  const { scale, lanes } = layout;
  // Placed by a transform, not x / y: each is then a paint chunk of its own, which shares none
  // with the arrows drawn beside it, so that a change of the current arrow (the one without an
  // opacity) does not make Chromium raster the whole diagram again.
  return breaksInBand(scale.breaks, band).map((b) => {
    const at = breakWordsAt(b, lanes);
    return (
      <text
        key={b.from}
        transform={`translate(${at.x} ${at.y})`}
        textAnchor="middle"
        className="break-label"
      >
        {format(t, 'diagram.compressed', { duration: formatDuration(lang, b.to - b.from) })}
      </text>
    );
  });
});
