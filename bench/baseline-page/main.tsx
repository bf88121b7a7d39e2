/**
 * The second baseline of "time to ready": a bare React 19 app that renders
 * Roundtrip's first page, captured element for element from the built app
 * (the module `virtual:roundtrip-page`, with Roundtrip's own stylesheet), as React
 * elements with no logic of their own. Against it, time to ready measures what
 * Roundtrip's own code adds (evaluating the app and the simulator, simulating,
 * the components' work), not the cost of showing a page of this size, which
 * any app showing the same page would pay. bench/lib/page.ts captures the page
 * and builds this folder like the bare app.
 */
import { createElement, type ReactNode, useEffect } from 'react';
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
/** A form control's state is its default value; an option's value is its own. */
const CONTROLS = new Set(['input', 'select', 'textarea']);

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

function element(node: Node, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, attrs, children] = node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attrs)) {
    const prop = name === 'value' && CONTROLS.has(tag) ? 'defaultValue' : (RENAMED[name] ?? name);
    if (name === 'style') props.style = styleObject(value);
    else if (name === 'selected') continue;
    else props[prop] = BOOLEAN.has(name) ? true : value;
  }
  return createElement(tag, props, ...children.map(element));
}

function Page() {
  useEffect(() => {
    performance.mark('baseline:ready');
  }, []);
  return <>{page.root.map(element)}</>;
}

const root = document.getElementById('root');
if (root) {
  document.documentElement.className = page.htmlClass;
  createRoot(root).render(<Page />);
}
