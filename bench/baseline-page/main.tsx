/**
 * The same-page baseline: a bare React 19 app that renders Roundtrip's page,
 * captured element for element from the built app (the module
 * `virtual:roundtrip-page`, with Roundtrip's own stylesheet), as React
 * elements with no logic of their own. bench/lib/page.ts captures the page
 * and builds this folder like the bare app, twice:
 *
 * - with the first page only, for time to ready: against it, time to ready
 *   measures what Roundtrip's own code adds (evaluating the app and the
 *   simulator, simulating, the components' work), not the cost of showing a
 *   page of this size, which any app showing the same page would pay;
 * - with the page at each step that step latency presses through and that
 *   playback plays in its window: the arrow keys move between them, so that
 *   the browser has the same elements, text and attributes to change, style,
 *   lay out, paint and raster as in Roundtrip, and the difference is
 *   Roundtrip's own work per step (its packets' flight included).
 *
 * Elements are keyed by position, as in a static page: a step that inserts
 * an element before others makes React update those that follow, a little
 * more work than Roundtrip's keyed lists do. `?scenario=` picks which
 * scenario's steps are shown, when several were captured; `?flight=` makes
 * each step's packets fly for that many ms; `?keys=edit` moves on at each
 * keystroke of "edit to new diagram" (`x`, Backspace), whose captures are the
 * page after each one, typed into the Request box it has the focus in.
 */
import { createElement, type ReactNode, useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:roundtrip-page.css';
import page, { type PageNode as Node } from 'virtual:roundtrip-page';

const RENAMED: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  checked: 'defaultChecked',
};
/** Present or absent: React wants true, not the attribute's empty string. */
const BOOLEAN = new Set(['checked', 'disabled', 'hidden', 'open', 'readonly', 'required']);
/**
 * A form control's state is its default value; an option's value is its own.
 * An input's value is its value: a range's thumb then moves from step to step,
 * as Roundtrip's scrubber does (a default value does not move it once React
 * has set it).
 */
const CONTROLS = new Set(['select', 'textarea']);
const keep = () => {};

function styleObject(text: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const rule of text.split(';')) {
    const at = rule.indexOf(':');
    if (at < 0) continue;
    const name = rule.slice(0, at).trim();
    const key = name.startsWith('--')
      ? name
      : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    style[key] = rule.slice(at + 1).trim();
  }
  return style;
}

// `?scenario=` picks the steps, as in Roundtrip; the first page's build has one entry.
const query = new URLSearchParams(window.location.search);
const wanted = query.get('scenario') ?? '';
/**
 * `?flight=` ms: each step's packets fly to where they were captured, as a Web
 * Animation of their transform of that length, as Roundtrip's do (framer-motion
 * runs theirs as one). A page on which something animates starts a key
 * press's frame only at the next display frame, so the floor flies too.
 */
const flight = Number(query.get('flight') ?? 0);
const editKeys = query.get('keys') === 'edit';
const captured = page.scenarios[wanted] ?? Object.values(page.scenarios)[0] ?? [];
const cache = captured.length > 1;

function make(node: Node, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, attrs, children] = node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attrs)) {
    const prop = name === 'value' && CONTROLS.has(tag) ? 'defaultValue' : (RENAMED[name] ?? name);
    if (name === 'style') props.style = styleObject(value);
    else if (name === 'value' && tag === 'input') {
      props.value = value;
      props.onChange = keep;
    } else if (name === 'selected') continue;
    else props[prop] = BOOLEAN.has(name) ? true : value;
  }
  return createElement(tag, props, ...children.map(element));
}

/**
 * With several steps, a subtree that two steps share is one object (see
 * `intern`), and its React element is made once: React then skips it without
 * comparing it, as a memoised component would, and a step costs React only the
 * paths to what changed. The floor is what the browser needs to show the
 * change, not what a naive app spends diffing the whole page.
 */
const made = new WeakMap<object, ReactNode[]>();
function element(node: Node, key: number): ReactNode {
  if (typeof node === 'string' || !cache) return make(node, key);
  let byKey = made.get(node);
  if (!byKey) {
    byKey = [];
    made.set(node, byKey);
  }
  byKey[key] ??= make(node, key);
  return byKey[key];
}

/** Makes equal subtrees the same object, across all steps. */
function intern(steps: Node[][]): Node[][] {
  const canonical = new Map<string, Node>();
  const ids = new Map<Node, number>();
  const one = (node: Node): Node => {
    if (typeof node === 'string') return node;
    const [tag, attrs, children] = node;
    const kids = children.map(one);
    const parts = kids.map((k) =>
      typeof k === 'string' ? `s${JSON.stringify(k)}` : `e${ids.get(k)}`,
    );
    const key = `${tag} ${JSON.stringify(attrs)} ${parts.join(',')}`;
    let same = canonical.get(key);
    if (!same) {
      same = [tag, attrs, kids];
      canonical.set(key, same);
      ids.set(same, ids.size);
    }
    return same;
  };
  return steps.map((root) => root.map(one));
}

const steps = cache ? intern(captured) : captured;

function Page() {
  const [at, setAt] = useState(0);
  useEffect(() => {
    performance.mark('baseline:ready');
  }, []);
  useEffect(() => {
    const last = steps.length - 1;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || (editKeys && (e.key === 'x' || e.key === 'Backspace')))
        setAt((i) => Math.min(last, i + 1));
      else if (e.key === 'ArrowLeft') setAt((i) => Math.max(0, i - 1));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useLayoutEffect(() => {
    if (!(flight > 0) || at === 0) return;
    for (const packet of document.querySelectorAll<HTMLElement>('.packet')) {
      for (const running of packet.getAnimations()) running.cancel();
      const landed = packet.style.transform;
      packet.animate([{ transform: `${landed} translate(-120px, -40px)` }, { transform: landed }], {
        duration: flight,
        easing: 'ease-in-out',
      });
    }
  }, [at]);
  return <>{(steps[at] ?? []).map(element)}</>;
}

const root = document.getElementById('root');
if (root) {
  document.documentElement.className = page.htmlClass;
  createRoot(root).render(<Page />);
}
