/**
 * Learning mode's entry points, the only part of it in the first load: the header's "Predict",
 * "Timing" and "Print handout" buttons, and the slot where the quiz and the timing panel appear
 * (in the page and in an embed). Each panel's code and words are fetched on first use.
 * `quiz=1` in the URL turns prediction on (docs/teaching.md).
 */
import { lazy, Suspense, useEffect } from 'react';
import { createStore, useStore } from 'zustand';
import { embedPeer } from '../embed/peer';
import { describeStep } from '../explain/describe';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { scenarioTitle } from '../shell/scenarioText';
import { foldTools } from '../shell/toolsPanel';
import { useT } from '../store';
import { segmentLabel } from '../timeline/geometry';

interface Learning {
  quiz: boolean;
  timing: boolean;
  /** The handout is mounted (it shows only in print). */
  print: boolean;
}

/** Which learning panels are open: one small store shared by the buttons and the slot. */
export const learning = createStore<Learning>(() => ({ quiz: false, timing: false, print: false }));

const QuizPanel = lazy(() => import('./quiz/QuizPanel'));
const TimingPanel = lazy(() => import('./timing/TimingPanel'));
const Handout = lazy(() => import('./print/Handout'));

/** Writes `quiz=1` into the URL, or takes it out, so that the link opens the same quiz. */
function setQuizParam(on: boolean) {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set('quiz', '1');
  else url.searchParams.delete('quiz');
  window.history.replaceState(window.history.state, '', url);
}

const quizServices = {
  describeStep,
  segmentLabel,
  post(message: object) {
    const peer = embedPeer();
    peer?.parent.postMessage(message, peer.origin);
  },
};

const handoutServices = { describeStep, scenarioTitle, segmentLabel };

function stopQuiz() {
  setQuizParam(false);
  learning.setState({ quiz: false });
}

export function LearningTools() {
  const t = useT();
  const { quiz, timing } = useStore(learning);
  return (
    <div className="tool learning-tools">
      <button
        type="button"
        aria-pressed={quiz}
        onClick={() => {
          setQuizParam(!quiz);
          learning.setState({ quiz: !quiz });
          // On a phone the open Tools would cover the diagram the question is about.
          if (!quiz) foldTools();
        }}
      >
        {t['header.predict']}
      </button>
      <button
        type="button"
        aria-pressed={timing}
        onClick={() => {
          learning.setState({ timing: !timing });
          if (!timing) foldTools();
        }}
      >
        {t['header.timing']}
      </button>
      <button
        type="button"
        onClick={() => {
          // A handout already laid out prints again at once.
          if (learning.getState().print) window.print();
          else learning.setState({ print: true });
        }}
      >
        {t['header.print']}
      </button>
    </div>
  );
}

/** Where the open panels appear: above the diagram in the page, and in an embed. */
export function LearningSlot() {
  const { quiz, timing, print } = useStore(learning);
  // After the first render, which depends on the URL only as the prerendered page does.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('quiz') === '1') {
      learning.setState({ quiz: true });
    }
  }, []);
  return (
    <ErrorBoundary>
      <Suspense fallback={null}>
        {quiz && <QuizPanel onStop={stopQuiz} services={quizServices} />}
        {timing && <TimingPanel onClose={() => learning.setState({ timing: false })} />}
        {print && <Handout services={handoutServices} />}
      </Suspense>
    </ErrorBoundary>
  );
}
