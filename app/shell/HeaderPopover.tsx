/**
 * A header button that shows a small panel of ordinary controls under it (WAI-ARIA's disclosure
 * pattern, not a menu: what is inside keeps its own role, a checkbox or a button, so its name
 * and role in the test contract do not change). Escape closes it and puts the focus back on
 * the button; a press outside closes it, unless it is in a dialog one of its controls opened.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  /** A class for the box, so that a panel can be placed or sized on its own. */
  className: string;
  children: ReactNode;
  /** Called when the pointer or the focus first comes to the button (to fetch lazy code). */
  onWant?: () => void;
  /** Beside the button, outside the panel: what must stay in view once it closes. */
  after?: ReactNode;
}

export function HeaderPopover({ label, className, children, onWant, after }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (!target || box.current?.contains(target) || target.closest('dialog')) return;
      setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      // Escape in a dialog opened from here belongs to the dialog.
      if (e.key !== 'Escape' || (e.target instanceof Element && e.target.closest('dialog'))) {
        return;
      }
      const inside = e.target instanceof Node && box.current?.contains(e.target);
      setOpen(false);
      if (inside) button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className={`tool header-popover ${className}`} ref={box}>
      <button
        ref={button}
        type="button"
        className="popover-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onPointerEnter={onWant}
        onFocus={onWant}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id={`${id}-panel`} className="popover-panel" hidden={!open}>
        {children}
      </div>
      {after}
    </div>
  );
}
