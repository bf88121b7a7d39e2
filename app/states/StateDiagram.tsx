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
  type EdgeLabel,
  edgeGeometries,
  LABEL_FONT,
  LABEL_LINE,
  labelOf,
  NODE_H,
  NODE_W,
  NODES,
  type NodeId,
  VIEW_H,
  VIEW_W,
} from './layout';

const GEOMETRY = edgeGeometries(TCP_TRANSITIONS);
/** Figure 5's words for an edge: the event, and what it sends ("rcv SYN", "snd SYN,ACK"). */
export function edgeLabelLines(edge: TcpTransition, t: Catalogue): string[] {
  const event = t[`token.event.${edge.event}`];
  return edge.sends
    ? [event, format(t, 'token.action.snd', { flags: edge.sends.join(',') })]
    : [event];
}

/** Every edge's label in the words of `t`. */
export function edgeLabels(t: Catalogue): Map<string, EdgeLabel> {
  const labels = new Map<string, EdgeLabel>();
  for (const edge of TCP_TRANSITIONS) {
    const label = labelOf(edge.id, edgeLabelLines(edge, t));
    if (label) labels.set(edge.id, label);
  }
  return labels;
}

interface Props {
  at: Record<Endpoint, NodeId>;
  changes: readonly StateChange[];
}

export const StateDiagram = memo(function StateDiagram({ at, changes }: Props) {
  const t = useT();
  const lit = useMemo(() => new Map(changes.map((c) => [c.transition, c.endpoint])), [changes]);
  const labels = useMemo(() => edgeLabels(t), [t]);
  return (
    <svg
      className="state-diagram"
      viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
      role="img"
      aria-label={t['region.stateDiagram']}
    >
      <defs>
        {(['base', 'client', 'server'] as const).map((k) => (
          <marker
            key={k}
            id={`sd-arrow-${k}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`sd-head sd-head-${k}`} />
          </marker>
        ))}
      </defs>
      {TCP_TRANSITIONS.map((edge) => {
        const by = lit.get(edge.id);
        const g = GEOMETRY.get(edge.id);
        if ((!edge.inFigure5 && !by) || !g) return null;
        const cls = by ? `sd-edge lit lit-${by}` : 'sd-edge';
        return (
          <path
            key={edge.id}
            d={g.path}
            className={edge.inFigure5 ? cls : `${cls} extra`}
            markerEnd={`url(#sd-arrow-${by ?? 'base'})`}
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
            fontSize={LABEL_FONT}
          >
            {label.lines.map((line, i) => (
              <tspan key={line} x={label.x} dy={i === 0 ? 0 : LABEL_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
      {(Object.keys(NODES) as NodeId[]).map((id) => {
        const n = NODES[id];
        const here = (['client', 'server'] as const).filter((e) => at[e] === id);
        return (
          <g key={id} className={here.length ? 'sd-node current' : 'sd-node'}>
            <rect
              x={n.x - NODE_W / 2}
              y={n.y - NODE_H / 2}
              width={NODE_W}
              height={NODE_H}
              rx={NODE_H / 2}
              className={here.length === 1 ? `at-${here[0]}` : here.length ? 'at-both' : ''}
            />
            <text x={n.x} y={n.y + 4} textAnchor="middle">
              {n.state}
            </text>
            {here.map((e, i) => (
              <g key={e} className={`sd-marker marker-${e}`}>
                <circle cx={n.x + NODE_W / 2 - 2 + i * 16} cy={n.y - NODE_H / 2 + 2} r="8" />
                <text
                  x={n.x + NODE_W / 2 - 2 + i * 16}
                  y={n.y - NODE_H / 2 + 6}
                  textAnchor="middle"
                >
                  {t[`token.marker.${e}`]}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
});
