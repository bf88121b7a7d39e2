/**
 * MDN's three phases along the diagram's side, as bars from the first to the
 * last moment of each phase (they overlap in time: the server may still be
 * finishing the handshake while the client writes its request). A fourth bar
 * is the teardown, which MDN's model leaves out (the seven steps' step 7).
 */
import { memo, useMemo } from 'react';
import type { Step, Timeline } from '../model';
import { useApp, useT } from '../store';
import type { TimeScale } from './scale';

type Band = 1 | 2 | 3 | 'close';
const BANDS: Band[] = [1, 2, 3, 'close'];

function bandOf(step: Step): Band | null {
  if (step.phase.mdn) return step.phase.mdn;
  return step.phase.sevenStep === 7 ? 'close' : null;
}

interface Props {
  timeline: Timeline;
  scale: TimeScale;
  x: number;
}

function bandSpans(timeline: Timeline): Map<Band, { from: number; to: number }> {
  const spans = new Map<Band, { from: number; to: number }>();
  for (const s of timeline.steps) {
    const b = bandOf(s);
    if (b === null) continue;
    const span = spans.get(b);
    if (!span) spans.set(b, { from: s.time, to: s.time });
    else span.to = Math.max(span.to, s.time);
  }
  return spans;
}

export const PhaseRail = memo(function PhaseRail({ timeline, scale, x }: Props) {
  const t = useT();
  const spans = useMemo(() => bandSpans(timeline), [timeline]);
  // Re-renders only when the step moves into another band.
  const current = useApp((s) => {
    const step = s.timeline?.steps[s.cursor];
    return step ? bandOf(step) : null;
  });
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing, not focusable; the explanation says it in words
    <g className="phase-rail" aria-hidden="true">
      {BANDS.map((b, i) => {
        const span = spans.get(b);
        const cx = x + i * 9;
        const name = b === 'close' ? t['seven.7'] : t[`mdn.${b}`];
        return (
          <g key={b} className={`phase-band band-${b}${current === b ? ' current' : ''}`}>
            <text x={cx + 3} y={scale.top - 14} textAnchor="middle">
              {b === 'close' ? '7' : b}
            </text>
            {span && (
              <rect
                x={cx}
                y={scale.y(span.from) - 4}
                width={6}
                height={Math.max(8, scale.y(span.to) - scale.y(span.from) + 8)}
                rx={3}
              >
                <title>{name}</title>
              </rect>
            )}
          </g>
        );
      })}
    </g>
  );
});
