/** One segment's arrow: in flight, arrived, or lost half way; a button that goes to its step. */
import { memo } from 'react';
import { type ArrowGeometry, drawnEnd, LABEL_LINE_EM } from './geometry';
import { type LabelMarks, labelParts } from './labelText';

export type ArrowStatus = 'flight' | 'done';
export type ArrowMoment = 'send' | 'receive' | 'lost' | null;

interface Props {
  a: ArrowGeometry;
  status: ArrowStatus;
  current: boolean;
  /** What the label is written with: a narrow screen's, the marks' words (`LabelMarks`). */
  marks: LabelMarks;
  /** Whether the label is drawn (the current step's always is), and where along the arrow (0–1). */
  showLabel: boolean;
  labelAt: number;
  /** How many lines the label is written on: one, or where it is split two or more (`labelLines`). */
  labelRows: number;
  /** The label's baseline across the arrow: over it (negative) or under it. */
  labelY: number;
  /**
   * The plate a label is drawn on where another arrow's line runs through it (`LabelPlace.plated`):
   * its width and height in px, and how far its top is over the baseline.
   */
  plate: Plate | null;
  ariaLabel: string;
  lostText: string;
  /** "expected {expected}" filled in, for a SYN,ACK that answers an old SYN; else null. */
  expectedAckText: string | null;
  /** The ACK number as the diagram shows it (relative or absolute). */
  shownAck: number;
  onGo(step: number): void;
}

/** A plated label's plate: its width and height in px, and how far its top is over the baseline. */
export interface Plate {
  width: number;
  height: number;
  top: number;
}

export const Arrow = memo(function Arrow(p: Props) {
  const { a, status, current } = p;
  const showLost = a.lost && status === 'done';
  const { x: endX, y: endY } = drawnEnd(a, status === 'done');
  const narrow = p.marks.narrow;
  const cls = [
    'arrow',
    `from-${a.seg.from}`,
    status,
    current ? 'current' : '',
    showLost ? 'lost' : '',
    a.seg.retransmissionOf !== null ? 'retransmission' : '',
    a.past ? 'old-duplicate' : '',
  ].join(' ');
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it acts as one
    <g
      className={cls}
      role="button"
      tabIndex={0}
      aria-label={p.ariaLabel}
      aria-current={current ? 'step' : undefined}
      data-segment={a.seg.id}
      onClick={() => p.onGo(a.sendStep)}
      onKeyDown={(e) => {
        // A button is pressed by Enter and by Space (the ARIA button pattern); useKeyboard.ts
        // leaves Space to a focused control, so that it does not play instead.
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          p.onGo(a.sendStep);
        }
      }}
    >
      <line className="hit" x1={a.x1} y1={a.y1} x2={endX} y2={endY} />
      {a.past && <line className="past" x1={a.past.x} y1={a.past.y} x2={a.x1} y2={a.y1} />}
      {status === 'flight' ? (
        <>
          <line className="shaft" x1={a.x1} y1={a.y1} x2={a.xm} y2={a.ym} />
          <line className="shaft ahead" x1={a.xm} y1={a.ym} x2={a.x2} y2={a.y2} />
        </>
      ) : (
        <line
          className="shaft"
          x1={a.x1}
          y1={a.y1}
          x2={endX}
          y2={endY}
          markerEnd={showLost ? undefined : `url(#rt-head-${a.seg.from})`}
        />
      )}
      {showLost && (
        <g className="lost-mark" transform={`translate(${a.xm} ${a.ym})`}>
          <path d="M -7 -7 L 7 7 M 7 -7 L -7 7" />
          <text x="0" y="22" textAnchor="middle">
            {p.lostText}
          </text>
        </g>
      )}
      {p.showLabel && (
        <ArrowLabel
          a={a}
          marks={p.marks}
          at={p.labelAt}
          rows={p.labelRows}
          y={p.labelY}
          plate={p.plate}
        />
      )}
      {p.expectedAckText !== null && a.expectedAck !== null && status === 'done' && (
        // Beside the lane it reaches, the ACK that came over the one expected. Left of the lane
        // where the state tags' column has room; on a narrow screen, right of it, below the RST.
        <text
          className="expected-ack"
          transform={`translate(${narrow ? a.x2 + 8 : a.x2 - 8} ${a.y2 + (narrow ? 30 : 2)})`}
          textAnchor={narrow ? 'start' : 'end'}
        >
          <tspan x="0">{`Ack=${p.shownAck}`}</tspan>
          <tspan x="0" dy="1.2em">
            {p.expectedAckText}
          </tspan>
        </text>
      )}
      <title>{a.label}</title>
    </g>
  );
});

/** Where an arrow's label is drawn: `at` (0–1) along it, turned with it. */
function labelTurn(a: ArrowGeometry, at: number): string {
  const lx = a.x1 + (a.x2 - a.x1) * at;
  const ly = a.y1 + (a.y2 - a.y1) * at;
  return `translate(${lx.toFixed(1)} ${ly.toFixed(1)}) rotate(${a.angle.toFixed(2)})`;
}

interface LabelSpot {
  a: ArrowGeometry;
  at: number;
  /** The baseline across the arrow. */
  y: number;
}

/**
 * An arrow's label on its plate, where it has one: the label, turned with its arrow, its baseline
 * `y` px across it at `at` (0–1) along it, on `rows` lines. StepLayer draws a plated label
 * (and any near its plate) a second time over every arrow (`LabelPlate`, then `LabelWords`), so
 * that its plate also cuts the lines of arrows drawn after its own.
 */
export function ArrowLabel(
  p: LabelSpot & { marks: LabelMarks; rows: number; plate: Plate | null },
) {
  return (
    <>
      {p.plate && <LabelPlate a={p.a} at={p.at} y={p.y} plate={p.plate} />}
      <LabelWords a={p.a} marks={p.marks} at={p.at} y={p.y} rows={p.rows} />
    </>
  );
}

/** A label's plate: a rectangle of the panel's colour under its glyphs. */
export function LabelPlate(p: LabelSpot & { plate: Plate }) {
  return (
    <rect
      className="plate"
      transform={labelTurn(p.a, p.at)}
      x={-p.plate.width / 2}
      y={p.y - p.plate.top}
      width={p.plate.width}
      height={p.plate.height}
      rx={3}
    />
  );
}

/** A label's words, with their halo (diagram.css): the panel's colour round each glyph. */
export function LabelWords(p: LabelSpot & { marks: LabelMarks; rows: number }) {
  const { retx, old, lines } = labelParts(p.a, p.marks, p.rows);
  return (
    <text className="label" transform={labelTurn(p.a, p.at)} textAnchor="middle" y={p.y}>
      {retx && <tspan className="retx">{retx}</tspan>}
      {old && <tspan className="retx">{old}</tspan>}
      {lines[0]}
      {lines.slice(1).map((line, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines, in order, never reordered
        <tspan key={k} x="0" dy={`${LABEL_LINE_EM}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
