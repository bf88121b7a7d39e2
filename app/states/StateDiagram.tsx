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
  NODE_H,
  NODE_W,
  NODES,
  type NodeId,
  placeLabels,
  VIEW_H,
  VIEW_W,
} from './layout';

const GEOMETRY = edgeGeometries(TCP_TRANSITIONS);
const FIGURE_5 = TCP_TRANSITIONS.filter((edge) => edge.inFigure5);
const FIGURE_5_IDS = FIGURE_5.map((edge) => edge.id);

/** Figure 5's words for an edge: the event, and what it sends ("rcv SYN", "snd SYN,ACK"). */
export function edgeLabelLines(edge: TcpTransition, t: Catalogue): string[] {
  const event = t[`token.event.${edge.event}`];
  return edge.sends
    ? [event, format(t, 'token.action.snd', { flags: edge.sends.join(',') })]
    : [event];
}

const FIGURE_5_LABELS = new WeakMap<Catalogue, EdgeLabel[]>();

/** Figure 5's labels, placed together once for each catalogue. */
function figureLabels(t: Catalogue): EdgeLabel[] {
  let labels = FIGURE_5_LABELS.get(t);
  if (!labels) {
    labels = placeLabels(
      FIGURE_5.map((edge) => ({ id: edge.id, lines: edgeLabelLines(edge, t) })),
      GEOMETRY,
      FIGURE_5_IDS,
    );
    FIGURE_5_LABELS.set(t, labels);
  }
  return labels;
}

/** A §3.10 edge's label, placed on its own against Figure 5's: it is drawn only while taken. */
function extraLabel(edge: TcpTransition, t: Catalogue): EdgeLabel | undefined {
  const label = { id: edge.id, lines: edgeLabelLines(edge, t) };
  return placeLabels([label], GEOMETRY, FIGURE_5_IDS, figureLabels(t))[0];
}

/** Every edge's label (a step takes at most one §3.10 edge at each end, so they never meet). */
export function edgeLabels(t: Catalogue): Map<string, EdgeLabel> {
  const extras = TCP_TRANSITIONS.filter((e) => !e.inFigure5).map((e) => extraLabel(e, t));
  return new Map(
    [...figureLabels(t), ...extras].filter((l) => l !== undefined).map((l) => [l.id, l]),
  );
}

interface Props {
  at: Record<Endpoint, NodeId>;
  changes: readonly StateChange[];
}

export const StateDiagram = memo(function StateDiagram({ at, changes }: Props) {
  const t = useT();
  const lit = useMemo(() => new Map(changes.map((c) => [c.transition, c.endpoint])), [changes]);
  const labels = useMemo(() => {
    const shown = new Map(figureLabels(t).map((l) => [l.id, l]));
    for (const c of changes) {
      const edge = TCP_TRANSITIONS.find((e) => e.id === c.transition);
      const label = edge && !edge.inFigure5 ? extraLabel(edge, t) : undefined;
      if (label) shown.set(label.id, label);
    }
    return shown;
  }, [t, changes]);
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
                  {t[`endpoint.${e}`].slice(0, 1)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
});
