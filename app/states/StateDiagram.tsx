/**
 * RFC 9293 Figure 5 drawn from TCP_TRANSITIONS: the Figure 5 edges always,
 * the §3.10 edges (resets, timeouts) only when one is taken. Both endpoints'
 * current states are marked and the edges of this step are lit.
 */
import { memo, useMemo } from 'react';
import { type Endpoint, type StateChange, TCP_TRANSITIONS } from '../model';
import type { Catalogue } from '../strings';
import {
  edgeGeometry,
  NODE_H,
  NODE_W,
  NODES,
  type NodeId,
  targetNode,
  VIEW_H,
  VIEW_W,
} from './layout';

const GEOMETRY = (() => {
  const pairs = new Set(TCP_TRANSITIONS.map((t) => `${t.from}>${targetNode(t.from, t.to)}`));
  return new Map(
    TCP_TRANSITIONS.map((t) => {
      const reverse = pairs.has(`${targetNode(t.to, t.from)}>${t.from}`) && t.from !== t.to;
      return [t.id, { t, g: edgeGeometry(t, reverse) }];
    }),
  );
})();

interface Props {
  t: Catalogue;
  at: Record<Endpoint, NodeId>;
  changes: readonly StateChange[];
}

export const StateDiagram = memo(function StateDiagram({ t, at, changes }: Props) {
  const lit = useMemo(() => new Map(changes.map((c) => [c.transition, c.endpoint])), [changes]);
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
      {[...GEOMETRY.values()].map(({ t: edge, g }) => {
        const by = lit.get(edge.id);
        if (!edge.inFigure5 && !by) return null;
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
