/**
 * RFC 9293 Figure 5 drawn from TCP_TRANSITIONS: the Figure 5 edges always,
 * the §3.10 edges (resets, timeouts) only when one is taken. Both endpoints'
 * current states are marked and the edges of this step are lit.
 */
import { memo, useMemo } from 'react';
import { type Endpoint, type StateChange, TCP_TRANSITIONS, type TcpTransition } from '../model';
import { useT } from '../store';
import { type Catalogue, format } from '../strings';
import {
  type EdgeGeometry,
  type EdgeLabel,
  edgeGeometries,
  type Figure,
  labelOf,
  markerCentres,
  NORMAL_FIGURE,
  type NodeId,
  wrapLines,
} from './layout';

/** Each arrangement's edges, worked out once, when it is first drawn. */
const GEOMETRY = new Map<Figure, Map<string, EdgeGeometry>>();
function geometryOf(figure: Figure): Map<string, EdgeGeometry> {
  let geometry = GEOMETRY.get(figure);
  if (!geometry) {
    geometry = edgeGeometries(figure, TCP_TRANSITIONS);
    GEOMETRY.set(figure, geometry);
  }
  return geometry;
}
/** Figure 5's words for an edge: the event, and what it sends ("rcv SYN", "snd SYN,ACK"). */
export function edgeLabelLines(edge: TcpTransition, t: Catalogue): string[] {
  const event = t[`token.event.${edge.event}`];
  return edge.sends
    ? [event, format(t, 'token.action.snd', { flags: edge.sends.join(',') })]
    : [event];
}

/**
 * The arrowheads, sized in stroke widths (a lit edge's is larger): the edges', and a smaller one
 * for the self-loop, which the other would cover from its return to its start.
 */
const HEADS = [
  ['', 7],
  ['-small', 4],
] as const;

/** Every edge's label in the words of `t`, placed as `figure` places them. */
export function edgeLabels(figure: Figure, t: Catalogue): Map<string, EdgeLabel> {
  const labels = new Map<string, EdgeLabel>();
  for (const edge of TCP_TRANSITIONS) {
    const wrap = figure.wraps?.[edge.id] ?? figure.wrap;
    const lines = edgeLabelLines(edge, t);
    const label = figure.oneLine?.includes(edge.id)
      ? labelOf(figure, edge.id, [lines.join(' / ')])
      : labelOf(figure, edge.id, wrapLines(lines, wrap));
    if (label) labels.set(edge.id, label);
  }
  return labels;
}

interface Props {
  at: Record<Endpoint, NodeId>;
  changes: readonly StateChange[];
  /**
   * The arrangement: the RFC's, wider than tall, or the tall one (`tallFigure.ts`) that fills
   * projector mode's third column and a phone's width.
   */
  figure?: Figure;
}

export const StateDiagram = memo(function StateDiagram({
  at,
  changes,
  figure = NORMAL_FIGURE,
}: Props) {
  const t = useT();
  const tall = figure !== NORMAL_FIGURE;
  const geometry = geometryOf(figure);
  const lit = useMemo(() => new Map(changes.map((c) => [c.transition, c.endpoint])), [changes]);
  const labels = useMemo(() => edgeLabels(figure, t), [figure, t]);
  const { nodeH, markerR } = figure;
  return (
    <svg
      className={tall ? 'state-diagram sd-tall' : 'state-diagram sd-wide'}
      viewBox={`0 0 ${figure.viewW} ${figure.viewH}`}
      // The tall arrangement is sized by its column's height as well as its width: at the top.
      preserveAspectRatio={tall ? 'xMidYMin meet' : undefined}
      role="img"
      aria-label={t['region.stateDiagram']}
    >
      <defs>
        {(['base', 'client', 'server'] as const).flatMap((k) =>
          HEADS.map(([size, px]) => (
            <marker
              key={`${k}${size}`}
              id={`sd-arrow-${k}${size}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth={px}
              markerHeight={px}
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className={`sd-head sd-head-${k}`} />
            </marker>
          )),
        )}
      </defs>
      {TCP_TRANSITIONS.map((edge) => {
        const by = lit.get(edge.id);
        const g = geometry?.get(edge.id);
        if ((!edge.inFigure5 && !by) || !g) return null;
        const cls = by ? `sd-edge lit lit-${by}` : 'sd-edge';
        return (
          <path
            key={edge.id}
            d={g.path}
            className={edge.inFigure5 ? cls : `${cls} extra`}
            markerEnd={`url(#sd-arrow-${by ?? 'base'}${g.loop ? '-small' : ''})`}
          />
        );
      })}
      {TCP_TRANSITIONS.map((edge) => {
        const by = lit.get(edge.id);
        const label = labels.get(edge.id);
        if ((!edge.inFigure5 && !by) || !label) return null;
        return (
          <text
            key={edge.id}
            className={by ? `sd-label lit lit-${by}` : 'sd-label'}
            x={label.x}
            y={label.y}
            textAnchor="middle"
            fontSize={figure.labelFont}
          >
            {label.lines.map((line, i) => (
              <tspan key={line} x={label.x} dy={i === 0 ? 0 : figure.labelLine}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
      {(Object.keys(figure.nodes) as NodeId[]).map((id) => {
        const n = figure.nodes[id];
        const here = (['client', 'server'] as const).filter((e) => at[e] === id);
        const centres = markerCentres(figure, id, here.length);
        return (
          <g key={id} className={here.length ? 'sd-node current' : 'sd-node'}>
            <rect
              x={n.x - n.w / 2}
              y={n.y - nodeH / 2}
              width={n.w}
              height={nodeH}
              rx={nodeH / 2}
              className={here.length === 1 ? `at-${here[0]}` : here.length ? 'at-both' : ''}
            />
            {/* The name's baseline a third of its size below the middle: its capitals centred. */}
            <text
              x={n.x}
              y={Math.round((n.y + figure.nodeFont * 0.35) * 10) / 10}
              textAnchor="middle"
              fontSize={figure.nodeFont}
            >
              {n.state}
            </text>
            {here.map((e, i) => {
              const c = centres[i] ?? { x: n.x, y: n.y };
              return (
                <g key={e} className={`sd-marker marker-${e}`}>
                  <circle cx={c.x} cy={c.y} r={markerR} />
                  <text x={c.x} y={c.y + markerR / 2} textAnchor="middle" fontSize={markerR * 1.25}>
                    {t[`token.marker.${e}`]}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
});
