/**
 * The workshop's part of the first load: the "Edit this scenario" button and the place the
 * workshop opens in (the top of the side column: beside the diagram on a wide screen, below it
 * on a narrow one). Everything else is fetched when the button is first pressed, or when the
 * pointer or the focus comes to it. `edit=0` in the URL (a read-only link) hides the button.
 */
import { lazy, Suspense, useEffect, useId } from 'react';
import { type AppStore, useApp, useAppStore, useT } from '../store';
import { DRAFT_KEY } from './draftKey';
import { flag } from './flag';

const Workshop = lazy(() => import('./lazy'));
const load = () => void import('./lazy');

const open = flag();

export const setWorkshopOpen = open.set;

/** Whether the workshop is open, for an event handler. */
export const isWorkshopOpen = open.get;

/**
 * The user's own scenario is on screen again (the picker): the workshop reopens on it where it
 * was left open, with its draft as typed.
 */
export function reopenWorkshop(store: AppStore) {
  if (readOnly() || open.get()) return;
  void import('./lazy').then(
    (m) => {
      if (m.reopensOn(store.getState().source)) setWorkshopOpen(true);
    },
    () => {}, // Not fetched (offline): the button still opens it.
  );
}

/** Whether the workshop is open; closed in the prerendered page and when hydrating. */
export function useWorkshopOpen(): boolean {
  return open.useValue();
}

const readOnly = () =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('edit') === '0';

export function EditScenario() {
  const t = useT();
  const store = useAppStore();
  const isOpen = useWorkshopOpen();
  const imported = useApp((s) => s.source.kind === 'imported');
  const reason = useId();
  useEffect(() => {
    // A draft left open (a reload, a closed tab) opens again, after the first render, on the
    // scenario it belongs to only: a slide's link to another scenario shows what it links to.
    // The drafts are read by the workshop's chunk, fetched only where one was left open.
    try {
      if (readOnly() || !window.localStorage.getItem(DRAFT_KEY)?.includes('"open":true')) return;
    } catch {
      return; // No storage (a private window, a sandboxed frame): nothing to reopen.
    }
    let live = true;
    void import('./lazy').then(
      (m) => {
        if (live && m.reopensOn(store.getState().source)) setWorkshopOpen(true);
      },
      () => {}, // Not fetched (offline): the button still opens it.
    );
    return () => {
      live = false;
    };
  }, [store]);
  if (readOnly()) return null;
  // An imported capture has no scenario to edit: the button stays where it is, so the header
  // does not move, but says so and does nothing (it still closes a workshop left open). Not
  // `disabled`, which would take it out of the Tab order with the reason it carries.
  const off = imported && !isOpen;
  return (
    <div className="tool">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={isOpen ? 'workshop' : undefined}
        aria-disabled={off || undefined}
        aria-describedby={off ? reason : undefined}
        title={off ? t['header.editScenarioImported'] : undefined}
        onPointerEnter={load}
        onFocus={load}
        onClick={() => {
          if (!off) setWorkshopOpen(!isOpen);
        }}
      >
        {t['header.editScenario']}
      </button>
      {off && (
        <span id={reason} className="visually-hidden">
          {t['header.editScenarioImported']}
        </span>
      )}
    </div>
  );
}

export function WorkshopSlot() {
  const isOpen = useWorkshopOpen();
  if (!isOpen) return null;
  return (
    <Suspense fallback={null}>
      <Workshop onClose={() => setWorkshopOpen(false)} />
    </Suspense>
  );
}
