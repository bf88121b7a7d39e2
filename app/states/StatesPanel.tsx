/** Each endpoint's TCP state as a badge (RFC names), the change this step made, and Figure 5. */
import { type RefObject, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { PHONE_QUERY } from '../media';
import { type Endpoint, INITIAL_STATES, type StateChange } from '../model';
import { scrollBehavior } from '../scrollBehavior';
import { useApp, useT } from '../store';
import { format } from '../strings';
import { StateNames } from '../strings/StateNames';
import { type Figure, NORMAL_FIGURE, nodeAt } from './layout';
import { StateDiagram } from './StateDiagram';
import './states.css';

const ENDPOINTS: Endpoint[] = ['client', 'server'];
const NO_CHANGES: readonly StateChange[] = [];

export function StateBadges() {
  const t = useT();
  // Strings and booleans, not the step: most steps change no state, and then
  // the badges are not rendered again.
  const client = useApp((s) => s.timeline?.steps[s.cursor]?.states.client ?? INITIAL_STATES.client);
  const server = useApp((s) => s.timeline?.steps[s.cursor]?.states.server ?? INITIAL_STATES.server);
  const changedClient = useApp((s) => changedAt(s.timeline?.steps[s.cursor]?.changes, 'client'));
  const changedServer = useApp((s) => changedAt(s.timeline?.steps[s.cursor]?.changes, 'server'));
  const connections = useApp((s) => s.timeline?.connections.length ?? 0);
  const connection = useApp((s) => s.timeline?.steps[s.cursor]?.connection ?? 0);
  const port = useApp((s) => s.timeline?.connections[connection]?.clientPort ?? 0);
  const states = { client, server };
  const changed = { client: changedClient, server: changedServer };
  const badge = (e: Endpoint) => (
    <div key={e} className={`state-badge badge-${e}${changed[e] ? ' changed' : ''}`}>
      <span className="badge-who">{t[`endpoint.${e}`]}</span>
      <span className="badge-state" data-testid={`${e}-state`} key={states[e]}>
        {states[e]}
      </span>
    </div>
  );
  return (
    <div className="state-badges">
      {badge('client')}
      {connections > 1 && (
        // Several connections overlap (one per object, or a port's next incarnation): the
        // badges are the current step's, and this says which, by its client port as
        // Wireshark names a conversation.
        <p className="badge-connection" data-testid="badge-connection">
          {format(t, 'states.connection', { n: connection + 1, total: connections, port })}
        </p>
      )}
      {badge('server')}
    </div>
  );
}

function changedAt(changes: readonly StateChange[] | undefined, e: Endpoint): boolean {
  return changes?.some((c) => c.endpoint === e) ?? false;
}

/**
 * Projector mode's three columns (app/styles.css, the same media query): Figure 5 then has a
 * narrow, tall column of its own, and is drawn in its tall arrangement. So is it on a phone
 * (states.css, the same query), where the wide one, kept legible, was wider than the screen: one
 * end's marker was off it, and nothing said the figure scrolled.
 */
const THREE_COLUMNS = '(min-width: 1600px) and (min-height: 800px)';

function subscribe(query: string) {
  return (onChange: () => void): (() => void) => {
    const list = window.matchMedia?.(query);
    list?.addEventListener('change', onChange);
    return () => list?.removeEventListener('change', onChange);
  };
}
const subscribeThreeColumns = subscribe(THREE_COLUMNS);
const subscribePhone = subscribe(PHONE_QUERY);
const threeColumns = () => window.matchMedia?.(THREE_COLUMNS).matches ?? false;
const phone = () => window.matchMedia?.(PHONE_QUERY).matches ?? false;

let tallFigure: Figure | null = null;

/**
 * The arrangement to draw: the tall one where it fits better, once fetched (`tallFigure.ts`,
 * not in the first load); the wide one until then.
 */
function useFigure(): Figure {
  const projector = useApp((s) => s.projector);
  // The first render (prerendered or hydrated) depends on the URL only: the wide figure. (On a
  // phone the figure is far below the fold when the tall one replaces it.)
  const wide = useSyncExternalStore(subscribeThreeColumns, threeColumns, () => false);
  const narrow = useSyncExternalStore(subscribePhone, phone, () => false);
  const tall = (projector && wide) || narrow;
  const [fetched, setFetched] = useState(tallFigure);
  useEffect(() => {
    if (!tall || fetched) return;
    let live = true;
    import('./tallFigure').then((m) => {
      tallFigure = m.PROJECTOR_FIGURE;
      if (live) setFetched(tallFigure);
    });
    return () => {
      live = false;
    };
  }, [tall, fetched]);
  return tall && fetched ? fetched : NORMAL_FIGURE;
}

export function StatesPanel({ diagram = true }: { diagram?: boolean }) {
  const t = useT();
  const figure = useFigure();
  // Each selects a string or the step's own array, so that Figure 5 is drawn
  // again only when a state or the lit edges change, not at every step.
  const client = useApp((s) =>
    s.timeline ? nodeAt(s.timeline, s.cursor, 'client') : INITIAL_STATES.client,
  );
  const server = useApp((s) =>
    s.timeline ? nodeAt(s.timeline, s.cursor, 'server') : INITIAL_STATES.server,
  );
  // Every step has an array of its own, empty for most: those all select the same one.
  const changes = useApp((s) => {
    const stepChanges = s.timeline?.steps[s.cursor]?.changes;
    return stepChanges && stepChanges.length > 0 ? stepChanges : NO_CHANGES;
  });
  const at = useMemo(() => ({ client, server }), [client, server]);
  const scrollRef = useRef<HTMLDivElement>(null);
  useMarkersInView(scrollRef, at, changes[0]?.endpoint ?? 'client');
  return (
    <div className="states-panel">
      <ul className="state-changes">
        {changes.length === 0 ? (
          <li className="muted">{t['states.none']}</li>
        ) : (
          changes.map((c) => (
            <li key={`${c.endpoint}-${c.transition}`} className={`change-${c.endpoint}`}>
              <StateNames
                text={format(t, 'states.change', {
                  who: t[`endpoint.${c.endpoint}`],
                  from: c.from,
                  to: c.to,
                  event: t[`token.event.${c.event}`],
                })}
              />
            </li>
          ))
        )}
      </ul>
      {diagram && (
        <figure className="state-figure">
          {/* A little too narrow for the wide figure, it keeps a legible size and scrolls sideways. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <div className="sd-scroll" tabIndex={0} ref={scrollRef}>
            <StateDiagram at={at} changes={changes} figure={figure} />
          </div>
          <figcaption>
            {changes.some((c) => c.event === 'timeout-cut-short')
              ? t['states.diagramNoteCutShort']
              : t['states.diagramNote']}
          </figcaption>
        </figure>
      )}
    </div>
  );
}

/**
 * A little too narrow for its wide arrangement (wider than a phone, which draws the tall one),
 * Figure 5 keeps a legible size and scrolls sideways: when an endpoint moves to another state,
 * the figure scrolls so that the markers saying where the client and the server are come into
 * view (where both do not fit, the one that moved: `first`). Nothing is read or scrolled where
 * the figure fits its column.
 */
function useMarkersInView(
  scrollRef: RefObject<HTMLDivElement | null>,
  at: Record<Endpoint, string>,
  first: Endpoint,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when an endpoint moves: the markers are drawn where `at` says
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const frame = requestAnimationFrame(() => {
      if (el.scrollWidth <= el.clientWidth) return;
      const view = el.getBoundingClientRect();
      const order = first === 'client' ? ENDPOINTS : [...ENDPOINTS].reverse();
      const boxes = order
        .map((e) => el.querySelector(`.sd-marker.marker-${e}`)?.getBoundingClientRect())
        .filter((b): b is DOMRect => b !== undefined);
      const mover = boxes[0];
      if (!mover) return;
      const room = 16;
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      // Both where they fit; else the one that moved.
      const [from, to] =
        right - left + 2 * room <= view.width ? [left, right] : [mover.left, mover.right];
      let by = 0;
      if (from - room < view.left) by = from - room - view.left;
      else if (to + room > view.right) by = to + room - view.right;
      if (by !== 0) el.scrollBy({ left: by, behavior: scrollBehavior() });
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollRef, at, first]);
}
