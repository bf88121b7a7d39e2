/**
 * The sequence diagram: client lane left, server lane right, time running
 * down. Arrows after the cursor are not drawn yet; the current step's packet
 * travels along its arrow; the view scrolls to follow the cursor.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Endpoint, Timeline } from '../model';
import { useApp } from '../store';
import { dwellMs } from '../store/playback';
import { type Catalogue, format, type Lang } from '../strings';
import { formatDuration } from '../strings/intl';
import { Arrow, type ArrowMoment, type ArrowStatus, Packet } from './Arrow';
import { arrowGeometry } from './geometry';
import { PhaseRail } from './PhaseRail';
import { Ruler } from './Ruler';
import { buildScale } from './scale';
import { useWidth } from './useWidth';
import './diagram.css';

let readyMarked = false;

export function diagramLayout(timeline: Timeline, width: number, compact: boolean) {
  const narrow = width < 560;
  const scale = buildScale(timeline, { latencyPx: compact ? 44 : narrow ? 52 : 64 });
  const ruler = 52;
  const rail = 44;
  const tags = narrow ? 0 : 92;
  const lanes = { client: ruler + tags + 16, server: width - rail - tags - 16 };
  return { scale, lanes, narrow, ruler, rail, width };
}

export function SequenceDiagram({
  t,
  lang,
  compact = false,
}: {
  t: Catalogue;
  lang: Lang;
  compact?: boolean;
}) {
  const timeline = useApp((s) => s.timeline);
  const cursor = useApp((s) => s.cursor);
  const seqMode = useApp((s) => s.seqMode);
  const speed = useApp((s) => s.speed);
  const goTo = useApp((s) => s.goTo);
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useWidth(scrollRef, 640);

  const layout = useMemo(
    () => (timeline ? diagramLayout(timeline, width, compact) : null),
    [timeline, width, compact],
  );
  const arrows = useMemo(
    () =>
      timeline && layout
        ? arrowGeometry(timeline, layout.scale, layout.lanes, seqMode, layout.narrow)
        : [],
    [timeline, layout, seqMode],
  );
  const step = timeline?.steps[cursor];
  const nowY = layout && step ? layout.scale.y(step.time) : 0;

  useEffect(() => {
    if (timeline && !readyMarked) {
      readyMarked = true;
      performance.mark('roundtrip:ready');
    }
  }, [timeline]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !layout) return;
    const top = el.scrollTop;
    const h = el.clientHeight;
    if (nowY < top + 40 || nowY > top + h - 80) {
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollTo({ top: Math.max(0, nowY - h * 0.35), behavior: reduced ? 'auto' : 'smooth' });
    }
  }, [nowY, layout]);

  if (!timeline || !layout || !step) return <div ref={scrollRef} className="diagram-scroll" />;
  const { scale, lanes, narrow } = layout;
  const moment = (id: number): ArrowMoment =>
    step.segmentsOut.includes(id)
      ? 'send'
      : step.segmentIn === id
        ? step.kind === 'lost'
          ? 'lost'
          : 'receive'
        : null;
  const name = (e: Endpoint) => t[`whom.${e}`];
  const duration = Math.min(0.9, (dwellMs(speed) / 1000) * 0.55);

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
      <svg
        className={narrow ? 'sequence narrow' : 'sequence'}
        width={layout.width}
        height={scale.height}
        viewBox={`0 0 ${layout.width} ${scale.height}`}
        aria-label={t['region.diagram']}
        aria-describedby="sequence-desc"
      >
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
        <Ruler t={t} lang={lang} scale={scale} x={layout.ruler} lanes={lanes} />
        <PhaseRail
          t={t}
          timeline={timeline}
          scale={scale}
          x={layout.width - layout.rail + 6}
          step={step}
        />
        {(['client', 'server'] as const).map((e) => (
          <g key={e} className={`lane lane-${e}`}>
            <line x1={lanes[e]} x2={lanes[e]} y1={scale.top - 8} y2={scale.height - 12} />
            <text x={lanes[e]} y={18} textAnchor="middle" className="lane-name">
              {t[`endpoint.${e}`]}
            </text>
            {!narrow && (
              <text x={lanes[e]} y={34} textAnchor="middle" className="lane-addr">
                {`${timeline[e].address}:${timeline[e].port}`}
              </text>
            )}
          </g>
        ))}
        {!narrow && <StateTags timeline={timeline} cursor={cursor} scale={scale} lanes={lanes} />}
        <g className="now" transform={`translate(0 ${nowY.toFixed(1)})`}>
          <line x1={layout.ruler} x2={layout.width - layout.rail} y1={0} y2={0} />
        </g>
        {arrows.map((a) => {
          if (a.sendStep > cursor) return null;
          const status: ArrowStatus = a.endStep !== null && a.endStep <= cursor ? 'done' : 'flight';
          const current = moment(a.seg.id) !== null;
          return (
            <Arrow
              key={a.seg.id}
              a={a}
              status={status}
              current={current}
              narrow={narrow}
              ariaLabel={format(t, 'diagram.arrow', {
                flags: a.seg.flags.join(', '),
                from: name(a.seg.from),
                to: name(a.seg.to),
                numbers: a.label.replace(/^\[[^\]]*\] /, ''),
                step: a.sendStep,
              })}
              lostText={t['diagram.lost']}
              retransmissionText={t['diagram.retransmission']}
              onGo={goTo}
            />
          );
        })}
        {arrows.map((a) => {
          const mo = moment(a.seg.id);
          return mo ? (
            <Packet
              key={`${a.seg.id}-${cursor}`}
              a={a}
              moment={mo}
              duration={duration}
              dataText={t['diagram.data']}
            />
          ) : null;
        })}
        {scale.breaks.map((b) => (
          <text
            key={b.from}
            x={(lanes.client + lanes.server) / 2}
            y={(b.y0 + b.y1) / 2 + 4}
            textAnchor="middle"
            className="break-label"
          >
            {format(t, 'diagram.compressed', { duration: formatDuration(lang, b.to - b.from) })}
          </text>
        ))}
      </svg>
    </div>
  );
}

function StateTags({
  timeline,
  cursor,
  scale,
  lanes,
}: {
  timeline: Timeline;
  cursor: number;
  scale: ReturnType<typeof buildScale>;
  lanes: { client: number; server: number };
}) {
  const tags: { key: string; e: Endpoint; y: number; state: string; current: boolean }[] = [];
  const lastY: Record<Endpoint, number> = { client: -100, server: -100 };
  for (const step of timeline.steps) {
    if (step.index > cursor) break;
    for (const c of step.changes) {
      // Two changes closer than a line apart would overlap: nudge the second down.
      const y = Math.max(scale.y(step.time), lastY[c.endpoint] + 15);
      lastY[c.endpoint] = y;
      tags.push({
        key: `${step.index}-${c.endpoint}`,
        e: c.endpoint,
        y,
        state: c.to,
        current: step.index === cursor,
      });
    }
  }
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing, not focusable; the explanation says it in words
    <g className="state-tags" aria-hidden="true">
      {tags.map((tag) => (
        <text
          key={tag.key}
          className={`state-tag tag-${tag.e}${tag.current ? ' current' : ''}`}
          x={tag.e === 'client' ? lanes.client - 8 : lanes.server + 8}
          y={tag.y + 4}
          textAnchor={tag.e === 'client' ? 'end' : 'start'}
        >
          {tag.state}
        </text>
      ))}
    </g>
  );
}
