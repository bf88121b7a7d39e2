/** The full page: header tools, the four regions, and the controls. */

import { type ReactNode, useEffect, useRef } from 'react';
import { Controls } from '../controls/Controls';
import { Explanation } from '../explain/Explanation';
import { LearningSlot, LearningTools } from '../learning/LearningTools';
import { Legend } from '../legend/Legend';
import { PHONE_QUERY } from '../media';
import { MessageView } from '../message/MessageView';
import { MomentTools } from '../moments/MomentTools';
import { StateBadges, StatesPanel } from '../states/StatesPanel';
import { useApp, useAppStore, useT } from '../store';
import { SequenceDiagram } from '../timeline/SequenceDiagram';
import { EditScenario, WorkshopSlot } from '../workshop/entry';
import { ErrorBoundary } from './ErrorBoundary';
import {
  DisplayToggles,
  Export,
  LanguageSwitch,
  OpenCapture,
  ScenarioPicker,
  ShareTools,
} from './HeaderTools';
import { Notice } from './Notice';
import { toolsPanel } from './toolsPanel';

interface Props {
  scenarioIds: readonly string[];
  onHelp: () => void;
}

export function Shell({ scenarioIds, onHelp }: Props) {
  const t = useT();
  const store = useAppStore();
  const loadError = useApp((s) => s.loadError);
  const restart = () => store.getState().restart();
  // On a phone the tools fold away behind one button, so that the diagram starts on the first
  // screen; on a wider screen the button is not shown and the tools always are.
  const toolsOpen = toolsPanel.useValue();
  const controls = useRef<HTMLElement>(null);
  // The controls' height, for what sticks above them (the explanation, on a phone).
  useEffect(() => {
    const el = controls.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let observer: ResizeObserver;
    try {
      observer = new ResizeObserver(() =>
        root.style.setProperty('--controls-h', `${el.offsetHeight}px`),
      );
    } catch {
      // The shell holds every region: a browser that cannot observe sizes must not take it down.
      // The sticky explanation then keeps the stylesheet's own offset.
      return;
    }
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--controls-h');
    };
  }, []);
  return (
    <div className="shell">
      <ChangedInView />
      <header className={toolsOpen ? 'shell-header tools-open' : 'shell-header'}>
        <div className="brand">
          <h1>{t['app.title']}</h1>
          <p className="tagline">{t['app.tagline']}</p>
        </div>
        <ErrorBoundary>
          <ScenarioPicker ids={scenarioIds} />
          <LanguageSwitch />
          <button
            type="button"
            className="tools-toggle"
            aria-expanded={toolsOpen}
            aria-controls="header-tools"
            onClick={() => toolsPanel.set(!toolsOpen)}
          >
            {t['header.tools']}
            <span className="chevron" aria-hidden="true" />
          </button>
          {/* Three groups: this view, scenarios of one's own and captures, learning. */}
          <div className="header-tools" id="header-tools">
            <fieldset className="tool-group" aria-label={t['header.viewTools']}>
              <DisplayToggles />
              <MomentTools />
              <ShareTools />
            </fieldset>
            <fieldset className="tool-group" aria-label={t['header.labTools']}>
              <EditScenario />
              <OpenCapture />
              <Export />
            </fieldset>
            <fieldset className="tool-group" aria-label={t['header.learnTools']}>
              <LearningTools />
            </fieldset>
          </div>
        </ErrorBoundary>
      </header>
      <div className="notices">
        <ErrorBoundary>
          <Notice />
        </ErrorBoundary>
        {loadError && (
          <p className="notice error" role="alert">
            {t['error.simulate']}
          </p>
        )}
      </div>
      <main className="shell-main">
        <Region name="diagram" title={t['region.diagram']} onReset={restart}>
          <StateBadges />
          <SequenceDiagram />
          <Legend />
        </Region>
        <div className="side">
          {/* Predict's questions and the Timing panel: beside the diagram, which a question is
              about, not over it. Across the page they took its height, and a question's
              feedback left it 60 px at 1280×800. On a phone, under it. */}
          <ErrorBoundary>
            <LearningSlot />
          </ErrorBoundary>
          <ErrorBoundary>
            <WorkshopSlot />
          </ErrorBoundary>
          <Region name="explain" title={t['region.explanation']} onReset={restart}>
            <Explanation />
          </Region>
          <Region name="message" title={t['region.message']} onReset={restart}>
            <MessageView />
          </Region>
          <Region name="states" title={t['region.states']} onReset={restart}>
            <StatesPanel />
          </Region>
        </div>
      </main>
      <section ref={controls} className="shell-controls" aria-label={t['region.controls']}>
        <ErrorBoundary onReset={restart}>
          <Controls onHelp={onHelp} />
        </ErrorBoundary>
      </section>
    </div>
  );
}

/**
 * On a wide screen the side column scrolls on its own, and on a laptop's 768 px the state
 * changes can sit under the fold: after each step, what it changed comes into view in that
 * column, so that nothing stale is left on screen in its place. The explanation, which every
 * step changes, first: the state changes with it where the column holds both (in a teardown the
 * message bytes between them can be taller than the column; the badges over the diagram still
 * show the states). In projector mode's three
 * columns the message scrolls on its own instead: there the line the step writes or reads comes
 * into view in it. A leaf of its own, since it selects the cursor: in the shell it re-rendered
 * the whole header at every step.
 */
function ChangedInView() {
  useChangedInView();
  return null;
}

/**
 * The media queries each step asks (a phone's page, a side column), made once: a MediaQueryList
 * made again at every step cost more than reading its answer.
 */
let stepMedia: MediaQueryList[] | undefined;

function useChangedInView() {
  const cursor = useApp((s) => s.cursor);
  useEffect(() => {
    if (cursor < 0) return;
    stepMedia ??= window.matchMedia
      ? [PHONE_QUERY, '(min-width: 900px)'].map((q) => window.matchMedia(q))
      : [];
    const [phone, wide] = stepMedia;
    // On a phone the explanation scrolls on its own under the diagram: each step's words start
    // at its top, not where the last step's were scrolled to (to its phase chips, say). Asked of
    // the media query first: elsewhere a step forces no style or layout for it.
    const sheet = phone?.matches ? document.querySelector<HTMLElement>('.region-explain') : null;
    if (sheet && scrollsOnItsOwn(sheet)) sheet.scrollTop = 0;
    if (!wide?.matches) return;
    const frame = requestAnimationFrame(() => {
      const side = document.querySelector<HTMLElement>('.shell-main > .side');
      if (!side) return;
      if (scrollsOnItsOwn(side)) {
        // A question of Predict's, at the column's top, comes first: it is what to answer.
        const quiz = side.querySelector<HTMLElement>(':scope > .learning-panel.quiz');
        if (quiz) {
          scrollNearest(side, quiz);
          return;
        }
        const explain = side.querySelector('.region-explain');
        const changes = side.querySelector('.state-changes li:not(.muted)')
          ? side.querySelector('.state-changes')
          : null;
        const both =
          explain &&
          changes &&
          changes.getBoundingClientRect().bottom - explain.getBoundingClientRect().top <=
            side.clientHeight;
        const target = both ? changes : explain;
        if (target instanceof HTMLElement) scrollNearest(side, target);
        return;
      }
      lineInView(side);
    });
    return () => cancelAnimationFrame(frame);
  }, [cursor]);
  // In projector mode's columns the message's height follows the page's layout, which settles
  // after the first step is drawn (Figure 5's tall arrangement is fetched then): the line comes
  // into view again whenever the message changes size.
  useEffect(() => {
    const message = document.querySelector<HTMLElement>('.shell-main > .side > .region-message');
    if (!message || typeof ResizeObserver === 'undefined') return;
    let observer: ResizeObserver;
    try {
      observer = new ResizeObserver(() => {
        const side = message.parentElement;
        if (side && !scrollsOnItsOwn(side)) lineInView(side);
      });
    } catch {
      // Only where the browser can: the shell never fails for a courtesy.
      return;
    }
    observer.observe(message);
    return () => observer.disconnect();
  }, []);
}

/** The message line the step writes or reads, in view in the message where it scrolls on its own. */
function lineInView(side: HTMLElement) {
  const message = side.querySelector<HTMLElement>(':scope > .region-message');
  const line = message?.querySelector<HTMLElement>('.message-lines .current');
  if (message && line && scrollsOnItsOwn(message)) keepInView(message, line);
}

/** Whether an element is a scroller with more than it shows. */
function scrollsOnItsOwn(el: HTMLElement): boolean {
  return getComputedStyle(el).overflowY === 'auto' && el.scrollHeight > el.clientHeight;
}

/**
 * Scrolls `scroller` the least that brings `target` into it, its top first where it is taller:
 * `scrollIntoView({block: 'nearest'})` by hand, since that moves Chromium's starting point of
 * sequential focus navigation to the element too, and the next Tab (the first after the page
 * loads, or after a disabled button dropped the focus) went to the explanation's link.
 */
function scrollNearest(scroller: HTMLElement, target: HTMLElement) {
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  if (box.top < view.top) scroller.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom)
    scroller.scrollTop += Math.min(box.bottom - view.bottom, box.top - view.top);
}

/**
 * Scrolls `scroller` (only it: `scrollIntoView` would move the page and the column too) so that
 * `target` is inside it, with a line's room to spare.
 */
function keepInView(scroller: HTMLElement, target: HTMLElement) {
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  const room = 24;
  if (box.bottom > view.bottom) scroller.scrollTop += box.bottom - view.bottom + room;
  else if (box.top < view.top) scroller.scrollTop -= view.top - box.top + room;
}

interface RegionProps {
  /** The region's name, as in `region-<name>` and its heading's id `h-<name>`. */
  name: string;
  title: string;
  onReset: () => void;
  children: ReactNode;
}

/** A titled region of the page, its content inside an error boundary of its own. */
function Region({ name, title, onReset, children }: RegionProps) {
  return (
    <section className={`region region-${name}`} aria-labelledby={`h-${name}`}>
      <h2 className="region-title" id={`h-${name}`}>
        {title}
      </h2>
      <ErrorBoundary onReset={onReset}>{children}</ErrorBoundary>
    </section>
  );
}
