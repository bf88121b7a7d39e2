/**
 * The explanation of the current step: what happens, why, the states after
 * it, the RFC section, and where it sits in MDN's three phases and in the
 * seven steps. The live region is also each step's screen-reader text.
 */
import { lazy, memo, Suspense, useMemo } from 'react';
import type { Step, Timeline } from '../model';
import { useApp, useAppStore, useLang, useT } from '../store';
import { type Catalogue, format } from '../strings';
import { StateNames } from '../strings/StateNames';
import { viewIndexOf } from '../timeline/granularity';
import { firstStepOfPhase, type PhaseModel } from '../timeline/moments';
import { type Description, describeStep } from './describe';
import { useMessageFacts } from './messageFacts';
import { useExplainWords } from './words';
import './explain.css';

// Wireshark's analysis of a captured segment: with the importer, only for a capture.
const CaptureNotes = lazy(() => import('../importer/CaptureNotes'));

const MDN = [1, 2, 3] as const;
const SEVEN = [1, 2, 3, 4, 5, 6, 7] as const;

export function Explanation({ rail = true }: { rail?: boolean }) {
  const t = useT();
  const lang = useLang();
  const timeline = useApp((s) => s.timeline);
  const cursor = useApp((s) => s.cursor);
  const seqMode = useApp((s) => s.seqMode);
  // The step's number as the controls' counter says it: one per segment in the segment view
  // (WCAG 1.3.1: what the screen reader hears is what the eye reads).
  const shown = useApp((s) =>
    s.timeline ? viewIndexOf(s.timeline, s.granularity, s.cursor) : s.cursor,
  );
  const step = timeline?.steps[cursor];
  // The explanation's words arrive after the first render (words.ts); drawn again when they do.
  const words = useExplainWords();
  // Likewise the parser, should the reader step to a message before it is here (messageFacts.ts).
  const parsed = useMessageFacts();
  // biome-ignore lint/correctness/useExhaustiveDependencies: describeStep reads the parser's facts, which `parsed` says are here
  const d = useMemo(
    () => (timeline && step ? describeStep(step, timeline, t, lang, seqMode, words?.[lang]) : null),
    [timeline, step, t, lang, seqMode, words, parsed],
  );
  // The chips' names change with the language only; a row is drawn again when its phase changes.
  const mdn = useMemo(() => MDN.map((n) => ({ n, name: t[`mdn.${n}`] })), [t]);
  const seven = useMemo(() => SEVEN.map((n) => ({ n, name: t[`seven.${n}`] })), [t]);
  return (
    <div className="explanation">
      <div
        className="explain-live"
        data-testid="step-explanation"
        aria-live="polite"
        aria-atomic="true"
      >
        {d && (
          <StepWords
            d={d}
            connection={timeline && step ? connectionLine(t, timeline, step) : null}
            title={format(t, 'explain.stepTitle', { step: shown })}
          />
        )}
        {!d && <p>{t['error.loading']}</p>}
      </div>
      {d && <RfcLine d={d} />}
      {step?.reason === 'segment-captured' && (
        <Suspense fallback={null}>
          <CaptureNotes />
        </Suspense>
      )}
      {rail && step && (
        <div className="phase-steps" data-testid="phase-rail">
          <PhaseRow model="mdn" label={t['explain.mdn']} items={mdn} current={step.phase.mdn} />
          <PhaseRow
            model="seven"
            label={t['explain.seven']}
            items={seven}
            current={step.phase.sevenStep}
          />
        </div>
      )}
    </div>
  );
}

/**
 * A step's words inside the live region, as they are laid out: which connection (where several
 * share the lanes), what happens, why, and the states after it; while its words are on their
 * way, that they are being prepared, with the states, which are no guess. The embed draws other
 * steps' words unseen beside them (ExplanationRoom.tsx), to be as tall as they would be here.
 */
export function StepWords({
  d,
  connection,
  title,
}: {
  d: Description;
  connection: string | null;
  /** "Step 5: ", heard before the words and not seen; null in an unseen copy, which has no test ids. */
  title: string | null;
}) {
  const t = useT();
  if (d.pending)
    return (
      <>
        <p>{t['error.loading']}</p>
        {/* The states after the step are no guess: said while the words are prepared. */}
        <p className="explain-states">
          <StateNames text={d.states} />
        </p>
      </>
    );
  return (
    <>
      {/* Several connections share the lanes (one per object): which one this step is on. */}
      {connection !== null && (
        <p
          className="explain-connection"
          data-testid={title === null ? undefined : 'explain-connection'}
        >
          {connection}
        </p>
      )}
      <p className="explain-what">
        {/* The prefix brings its own punctuation: full-width in Chinese (docs/glossary.md). */}
        {title !== null && <span className="visually-hidden">{title} </span>}
        <StateNames text={d.what} />
      </p>
      <p className="explain-why">
        <StateNames text={d.why} />
      </p>
      <p className="explain-states">
        <StateNames text={d.states} />
      </p>
    </>
  );
}

/** Which connection a step is on, where several share the lanes (one per object); else null. */
export function connectionLine(t: Catalogue, timeline: Timeline, step: Step): string | null {
  const total = timeline.connections.length;
  return total > 1 ? format(t, 'explain.connection', { n: step.connection + 1, total }) : null;
}

/** The RFC section a step follows, linked where it has an address. */
export function RfcLine({ d }: { d: Description }) {
  const t = useT();
  if (!d.rfc) return null;
  return (
    <p className="explain-rfc">
      {d.rfcUrl ? (
        <a href={d.rfcUrl} target="_blank" rel="noopener noreferrer">
          {format(t, 'explain.rfc', { rfc: d.rfc })}
        </a>
      ) : (
        format(t, 'explain.rfc', { rfc: d.rfc })
      )}
    </p>
  );
}

/** One model's phases as buttons: each jumps to the first step of its phase. */
const PhaseRow = memo(function PhaseRow({
  model,
  label,
  items,
  current,
}: {
  model: PhaseModel;
  label: string;
  items: readonly { n: number; name: string }[];
  current: number | null;
}) {
  const store = useAppStore();
  const timeline = useApp((s) => s.timeline);
  return (
    <div className="phase-row">
      <span className="phase-label">{label}</span>
      <ol className="phase-chips">
        {items.map(({ n, name }) => {
          const first = timeline ? firstStepOfPhase(timeline, model, n) : null;
          return (
            <li key={n}>
              <button
                type="button"
                className={n === current ? 'chip current' : 'chip'}
                aria-current={n === current ? 'step' : undefined}
                disabled={first === null}
                onClick={() => first !== null && store.getState().goTo(first)}
              >
                <span className="chip-n">{n}</span> <span className="chip-name">{name}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
});
