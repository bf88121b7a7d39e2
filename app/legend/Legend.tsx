/**
 * "What the marks mean": the diagram's legend, collapsible and remembered. The first render is
 * closed (the prerendered page depends only on the URL and the language); a remembered "open"
 * is applied in an effect, and the content with its words is loaded when it first opens.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../store';
import './legend.css';

const LegendBody = lazy(() => import('./LegendBody'));

const KEY = 'roundtrip.legend';

function remembered(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'open';
  } catch {
    return false;
  }
}

function remember(open: boolean) {
  try {
    window.localStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Storage refused (private mode): the legend is simply not remembered.
  }
}

export function Legend() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (remembered()) setOpen(true);
  }, []);
  return (
    <details
      ref={details}
      className="marks-legend"
      data-testid="legend"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        remember(now);
      }}
    >
      <summary>{t['legend.title']}</summary>
      {open && (
        <Suspense fallback={null}>
          <LegendBody />
        </Suspense>
      )}
    </details>
  );
}
