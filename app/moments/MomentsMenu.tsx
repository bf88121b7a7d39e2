/**
 * The key moments of the scenario on screen, as a list of buttons: each puts the cursor on its
 * moment and the focus back on the diagram. Loaded on first use (app/moments/MomentTools.tsx).
 */
import { useEffect, useRef } from 'react';
import { useApp, useAppStore, useStrings } from '../store';
import { StateNames } from '../strings/StateNames';
import { momentOfView, momentsOf } from '../timeline/moments';
import { momentName } from './names';
import { momentStrings } from './strings';
import './momentsMenu.css';

export default function MomentsMenu({
  id,
  onClose,
  onEscape,
}: {
  id: string;
  onClose: () => void;
  onEscape: () => void;
}) {
  const w = useStrings(momentStrings);
  const store = useAppStore();
  const timeline = useApp((s) => s.timeline);
  const current = useApp((s) =>
    s.timeline ? momentOfView(s.timeline, s.granularity, s.cursor)?.id : undefined,
  );
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    (list.current?.querySelector('[aria-current]') ?? list.current?.querySelector('button'))
      ?.closest('button')
      ?.focus();
  }, []);
  if (!timeline) return null;
  return (
    <ul
      id={id}
      ref={list}
      className="moments-menu"
      aria-label={w['menu.label']}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onEscape();
        }
      }}
    >
      {momentsOf(timeline).map((m) => (
        <li key={m.id}>
          <button
            type="button"
            data-moment={m.id}
            aria-current={m.id === current ? 'step' : undefined}
            onClick={() => {
              store.getState().goTo(m.step);
              onClose();
              document.querySelector<HTMLElement>('.diagram-scroll')?.focus();
            }}
          >
            <span className="moment-name">
              <StateNames text={momentName(w, m)} />
            </span>
            {m.line && <code className="moment-line">{m.line}</code>}
          </button>
        </li>
      ))}
    </ul>
  );
}
