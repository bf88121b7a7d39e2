/**
 * The header's classroom tools: "Key moments" (a menu loaded on first use, with its words) and
 * what "Copy link to this moment" does (the URL of the view on screen, naming its moment, so that
 * the link survives a change of profile or granularity); the header's Share panel holds its button.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAppStore, useT } from '../store';
import { encodeUrl } from '../url/codec';
import { urlStateOf } from '../url/useUrlSync';
import { useWorkshopStale } from '../workshop/stale';
import './moments.css';

const MomentsMenu = lazy(() => import('./MomentsMenu'));

export function MomentTools() {
  const t = useT();
  const id = useId();
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const want = () => setWanted(true);

  // A press outside closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !box.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  return (
    <div className="tool moment-tools" ref={box}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          setWanted(true);
          setOpen((o) => !o);
        }}
      >
        {t['header.moments']}
        <span className="chevron" aria-hidden="true" />
      </button>
      {wanted && open && (
        <Suspense fallback={null}>
          <MomentsMenu
            id={`${id}-menu`}
            onClose={() => setOpen(false)}
            // Escape puts the focus back on the button, as the header's other menus do: the
            // menu's buttons leave the page with it, and the focus would fall to the body.
            onEscape={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** "Copy link to this moment": the action, and what it says it did (for a status line). */
export function useCopyMomentLink(): { copy: () => Promise<void>; status: string } {
  const t = useT();
  const store = useAppStore();
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const lastGood = useWorkshopStale();
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const search = encodeUrl(urlStateOf(store.getState(), false), window.location.search);
    const url = `${window.location.origin}${window.location.pathname}${search}`;
    // The address bar holds it too, should the clipboard refuse.
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return {
    copy,
    status:
      status === 'copied'
        ? t[lastGood ? 'header.linkCopiedLastGood' : 'header.linkCopied']
        : status === 'failed'
          ? t['header.linkInBar']
          : '',
  };
}
