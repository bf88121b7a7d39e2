/**
 * Learning mode's quiz (predict–observe–explain): before each step it asks about, a question
 * and one button per choice; the step is held back (the store's `hold`) until the question is
 * answered; then the feedback says right or wrong and why, takes the focus, and the step is
 * revealed. At the end, the score and links to the steps missed. Inside an embed each answer
 * and the score are posted to the page around it (docs/embedding.md).
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PHONE_QUERY } from '../../media';
import {
  answerQuestion,
  findScenario,
  generateQuiz,
  nextQuestion,
  type Question,
  type QuizProgress,
  type QuizSettings,
  scoreOf,
  type Timeline,
  variantSeed,
} from '../../model';
import { type AppStore, useApp, useAppStore, useLang, useStrings, useT } from '../../store';
import { fill } from '../../strings';
import { StateNames } from '../../strings/StateNames';
import { quizAnswerMessage, quizDoneMessage } from './events';
import { quizOf, restoreProgress, storeProgress } from './saved';
import { readQuizSettings } from './settings';
import { quizStrings } from './strings';
import { aheadText, choiceText, feedbackWords, happensText, questionText } from './words';
import '../learning.css';

/**
 * On a phone, brings the diagram to the top of the screen, above the question that sticks at its
 * bottom: with the header above it, the diagram showed 100 px between them, not always the step
 * asked about. At once, not smoothly: the diagram's follow (useFollow.ts), which runs after this,
 * measures where the page is.
 */
function diagramToTop() {
  // A phone's page (not an embed), where the quiz sticks above the controls (learning.css).
  if (!window.matchMedia?.(PHONE_QUERY).matches) return;
  if (document.documentElement.classList.contains('is-embed')) return;
  const top = document.querySelector('.region-diagram')?.getBoundingClientRect().top;
  if (top !== undefined && Math.abs(top) > 1) window.scrollBy({ top, behavior: 'auto' });
}

/** The seed a quiz's variant asks for, or null where the timeline cannot be simulated again. */
function seedFor(store: AppStore, variant: number): number | null {
  const { source } = store.getState();
  if (source.kind === 'imported') return null;
  const base = source.kind === 'custom' ? source.scenario.seed : findScenario(source.id)?.seed;
  return base === undefined ? null : variantSeed(base, variant);
}

/**
 * What the quiz uses from the first load, handed over by the slot (LearningTools.tsx) rather
 * than imported: a lazy chunk that imports several of the entry's modules makes the bundler
 * split React out of the entry into a chunk of its own, which costs the first load 1.5 kB.
 */
export interface QuizServices {
  describeStep: typeof import('../../explain/describe').describeStep;
  /** A segment's label as the diagram draws it, by which a question names the segment. */
  segmentLabel: typeof import('../../timeline/geometry').segmentLabel;
  /** Posts to the page around the embed (at the origin its URL names), or does nothing. */
  post: (message: object) => void;
}

export default function QuizPanel({
  onStop,
  services,
}: {
  onStop: () => void;
  services: QuizServices;
}) {
  const store = useAppStore();
  const timeline = useApp((s) => s.timeline);
  const scenarioId = useApp((s) => s.scenarioId);
  const [settings] = useState(() => readQuizSettings(window.location.search));
  // The class predicts from where it is: a teacher at step 30 who presses Predict stays there and
  // is asked about step 31 on. Where nothing after it can be asked, from the start, and says so.
  const [start] = useState(() => {
    const { cursor, timeline: shown } = store.getState();
    const ahead = shown !== null && generateQuiz(shown, settings, 'relative', cursor).length > 0;
    return { from: ahead ? cursor : 0, at: cursor };
  });
  // The variant's numbers: simulate again with its seed, once, where the quiz starts.
  useEffect(() => {
    const seed = seedFor(store, settings.variant);
    const s = store.getState();
    if (seed !== null && seed !== (s.seed ?? s.timeline?.seed))
      s.loadSource(s.source, { seed, step: s.cursor });
  }, [store, settings.variant]);
  // Nothing is held once the quiz is closed.
  useEffect(() => () => store.getState().setHold(null), [store]);
  if (!timeline) return null;
  // A new timeline (another scenario, profile or seed) is a new quiz.
  const key = `${scenarioId}/${timeline.profile}/${timeline.seed}/${timeline.steps.length}`;
  return (
    <Quiz
      key={key}
      timeline={timeline}
      settings={settings}
      start={start}
      onStop={onStop}
      services={services}
    />
  );
}

function Quiz({
  timeline,
  settings,
  start,
  onStop,
  services,
}: {
  timeline: Timeline;
  settings: QuizSettings;
  /** The step the questions come after, and the step Predict was pressed on. */
  start: { from: number; at: number };
  onStop: () => void;
  services: QuizServices;
}) {
  const s = useStrings(quizStrings);
  const t = useT();
  const lang = useLang();
  const store = useAppStore();
  const cursor = useApp((x) => x.cursor);
  const seqMode = useApp((x) => x.seqMode);
  // The source is the one this timeline was simulated from: a new one mounts a new quiz.
  const source = useApp((x) => x.source);
  const { from, at } = start;
  const which = useMemo(
    () => quizOf(source, timeline, settings, from),
    [source, timeline, settings, from],
  );
  // Its numbers as the page shows them; the numbering changes no choice or its order.
  const questions = useMemo(
    () => generateQuiz(timeline, settings, seqMode, from),
    [timeline, settings, seqMode, from],
  );
  const [progress, setProgress] = useState<QuizProgress>(() => restoreProgress(which));
  const [last, setLast] = useState<{ step: number; index: number } | null>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLFieldSetElement>(null);
  const panel = useRef<HTMLElement>(null);
  // Set by "Go to the question": its first choice takes the focus once the question is asked.
  const focusQuestion = useRef(false);
  // What the live region says: the question, where it arrives without taking the focus.
  const [spoken, setSpoken] = useState('');
  const headingId = useId();
  const current = nextQuestion(questions, progress);
  const score = scoreOf(progress);

  // The step a question asks about stays out of reach until the question is answered.
  useEffect(() => {
    store.getState().setHold(current ? current.step - 1 : null);
  }, [store, current]);
  useEffect(() => {
    storeProgress({ ...which, progress });
  }, [which, progress]);
  useEffect(() => {
    if (last) feedback.current?.focus();
  }, [last]);

  const choose = (q: Question, index: number) => {
    const first = !progress.some((a) => a.step === q.step);
    const next = answerQuestion(progress, q, index, settings);
    const answer = next.find((a) => a.step === q.step);
    setProgress(next);
    setLast({ step: q.step, index });
    if (first && answer) services.post(quizAnswerMessage(q.step, answer.correct));
    if (!answer?.resolved) return;
    const following = nextQuestion(questions, next);
    const state = store.getState();
    state.setHold(following ? following.step - 1 : null);
    state.goTo(q.step);
    if (!following) services.post(quizDoneMessage(scoreOf(next), questions.length));
  };

  const asking = current !== null && cursor === current.step - 1;
  const n = current ? questions.indexOf(current) + 1 : questions.length;
  const labelOf = (id: number) => {
    const seg = timeline.segments[id];
    return seg ? services.segmentLabel(seg, seqMode) : '';
  };
  const text = current ? questionText(s, current, labelOf) : '';
  const announced = fill(s.announce, { n, total: questions.length, text });
  // However the question arrives (Next step, a key, playback, "Go to the question", whose
  // button leaves the page with it), the focus goes to its first choice, whose group's name is
  // the question, read as the focus lands: from "Next step", now held, the first choice was 20
  // Tabs away. Where the reader is in the quiz already (the feedback of the answer that brought
  // this question has just taken the focus), the focus stays and the live region says it.
  const asked = asking && current ? current.step : null;
  // A question already asked when the quiz is first drawn arrives with it: the quiz's code is
  // fetched on first use, and a step pressed before it is here brings the question it draws.
  const wasAsked = useRef<number | null>(null);
  useEffect(() => {
    const arrived = asked !== null && asked !== wasAsked.current;
    wasAsked.current = asked;
    if (asked === null) setSpoken('');
    if (!arrived && !focusQuestion.current) return;
    const there = panel.current?.contains(document.activeElement) === true;
    if (focusQuestion.current || !there) {
      question.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    } else {
      setSpoken(announced);
    }
    focusQuestion.current = false;
  }, [asked, announced]);
  // Layout effects run before the follow's effect: the diagram is where it goes when that measures.
  useLayoutEffect(() => {
    if (asked !== null || last !== null) diagramToTop();
  }, [asked, last]);
  const lastQuestion = last ? questions.find((q) => q.step === last.step) : undefined;
  // The feedback stays while its step is on screen (the next question may already be asked
  // below it), and until another question is asked.
  const showFeedback =
    lastQuestion !== undefined &&
    last !== null &&
    (!asking || current?.step === last.step || cursor === last.step);

  return (
    <section
      ref={panel}
      className="learning-panel quiz"
      aria-labelledby={headingId}
      data-testid="quiz"
    >
      <header className="learning-head">
        <h2 id={headingId}>{s.title}</h2>
        <p className="quiz-progress">
          {fill(s.progress, { n: Math.min(n, questions.length), total: questions.length, score })}
        </p>

        <button type="button" className="learning-close" onClick={onStop}>
          {s.stop}
        </button>
      </header>
      {at > 0 && <p className="quiz-from">{fill(from > 0 ? s.from : s.fromStart, { step: at })}</p>}
      {/* The question, said where it arrives without the focus; the buttons are read as a group. */}
      <p className="visually-hidden" aria-live="polite">
        {asking ? spoken : ''}
      </p>
      {showFeedback && lastQuestion && last && (
        <Feedback
          key={`${last.step}:${last.index}`}
          ref={feedback}
          question={lastQuestion}
          index={last.index}
          resolved={progress.find((a) => a.step === last.step)?.resolved ?? false}
          explanation={(() => {
            const step = timeline.steps[lastQuestion.step];
            return step ? services.describeStep(step, timeline, t, lang, seqMode) : null;
          })()}
        />
      )}
      {current && asking && (
        <fieldset ref={question} className="quiz-question" data-testid="quiz-question">
          <legend className="quiz-text">
            <StateNames text={text} />
          </legend>
          <div className="quiz-choices">
            {current.choices.map((c, i) => {
              const tried = progress.find((a) => a.step === current.step);
              const spent = tried !== undefined && (tried.first === i || tried.last === i);
              return (
                <button
                  type="button"
                  key={`${c.form}:${c.value}`}
                  className={`quiz-choice form-${c.form}`}
                  disabled={spent}
                  onClick={() => choose(current, i)}
                >
                  <StateNames text={choiceText(s, lang, c, current)} />
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
      {current && !asking && cursor < current.step - 1 && (
        <p className="quiz-ahead">
          {aheadText(s, lang, current.step)}
          <button
            type="button"
            onClick={() => {
              focusQuestion.current = true;
              store.getState().goTo(current.step - 1);
            }}
          >
            {s.goToQuestion}
          </button>
        </p>
      )}
      {!current && (
        <Summary
          questions={questions}
          progress={progress}
          onRestart={() => {
            setProgress([]);
            setLast(null);
            store.getState().goTo(from);
          }}
        />
      )}
    </section>
  );
}

interface FeedbackProps {
  ref: React.Ref<HTMLDivElement>;
  question: Question;
  index: number;
  resolved: boolean;
  explanation: { what: string; why: string } | null;
}

/**
 * Right or wrong, and why. On a phone it is one line with "More" beside it, so that the next
 * question shows under it in the sheet and the diagram above keeps its room; the rest stays in
 * the page for a screen reader (learning.css). Elsewhere the button is not shown and all of it is.
 */
function Feedback({ ref, question, index, resolved, explanation }: FeedbackProps) {
  const s = useStrings(quizStrings);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const textId = useId();
  const chosen = question.choices[index];
  const words = feedbackWords(s, lang, question, index, resolved);
  if (!chosen || !words) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`quiz-feedback ${chosen.correct ? 'is-right' : 'is-wrong'}${open ? ' is-open' : ''}`}
      data-testid="quiz-feedback"
      data-correct={chosen.correct}
    >
      <div className="quiz-feedback-text" id={textId}>
        <p className="quiz-verdict">
          <strong>{words.verdict}</strong>
          <StateNames text={words.after} />
        </p>
        {resolved && explanation && (
          <p className="quiz-explain">
            <StateNames text={happensText(s, lang, question.step, explanation)} />
          </p>
        )}
      </div>
      <button
        type="button"
        className="quiz-more"
        aria-expanded={open}
        aria-controls={textId}
        onClick={() => setOpen(!open)}
      >
        {open ? s.less : s.more}
      </button>
    </div>
  );
}

function Summary({
  questions,
  progress,
  onRestart,
}: {
  questions: readonly Question[];
  progress: QuizProgress;
  onRestart: () => void;
}) {
  const s = useStrings(quizStrings);
  const store = useAppStore();
  const missed = progress.filter((a) => !a.correct);
  const hrefOf = (step: number) => {
    const url = new URL(window.location.href);
    url.searchParams.set('step', String(step));
    return url.search;
  };
  return (
    <div className="quiz-summary" data-testid="quiz-summary">
      <h3>{s.doneTitle}</h3>
      <p>{fill(s.score, { score: scoreOf(progress), total: questions.length })}</p>
      {missed.length === 0 ? (
        <p>{s.allRight}</p>
      ) : (
        <>
          <p>{s.missed}</p>
          <ul className="quiz-missed">
            {missed.map((a) => (
              <li key={a.step}>
                <a
                  href={hrefOf(a.step)}
                  onClick={(e) => {
                    e.preventDefault();
                    store.getState().goTo(a.step);
                  }}
                >
                  {fill(s.missedStep, { step: a.step })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onRestart}>
        {s.restart}
      </button>
    </div>
  );
}
