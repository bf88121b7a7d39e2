/**
 * A quiz's progress: which choice was taken for each question, pure functions over plain data,
 * and its saved form. The saved form is what a course platform keeps between sessions (SCORM
 * 1.2's `cmi.suspend_data` holds 4096 characters), so it is short: the settings and, per
 * question answered, its step, the first choice taken and the number of tries.
 */
import { QUESTION_KINDS, type Question, type QuestionKind, type QuizSettings } from './types';

export interface QuizAnswer {
  step: number;
  /** Index of the first choice taken, in the question's (shuffled) order. */
  first: number;
  /** Index of the choice taken last. */
  last: number;
  tries: number;
  /** The first choice was right: what the score counts. */
  correct: boolean;
  /** The step has been revealed: answered right, or wrong with no retry left. */
  resolved: boolean;
}

export type QuizProgress = readonly QuizAnswer[];

/**
 * The progress after the student takes choice `index` of `question`. With retries, a wrong
 * choice may be followed by another until the right one; the score counts the first.
 */
export function answerQuestion(
  progress: QuizProgress,
  question: Question,
  index: number,
  settings: Pick<QuizSettings, 'retries'>,
): QuizProgress {
  const choice = question.choices[index];
  if (!choice) return progress;
  const before = progress.find((a) => a.step === question.step);
  if (before?.resolved) return progress;
  const tries = (before?.tries ?? 0) + 1;
  const answer: QuizAnswer = {
    step: question.step,
    first: before?.first ?? index,
    last: index,
    tries,
    correct: before ? before.correct : choice.correct,
    resolved: choice.correct || !settings.retries || tries >= question.choices.length - 1,
  };
  return [...progress.filter((a) => a.step !== question.step), answer].sort(
    (a, b) => a.step - b.step,
  );
}

/** The first question not yet resolved, or null when the quiz is done. */
export function nextQuestion(
  questions: readonly Question[],
  progress: QuizProgress,
): Question | null {
  return questions.find((q) => !progress.some((a) => a.step === q.step && a.resolved)) ?? null;
}

export function scoreOf(progress: QuizProgress): number {
  return progress.filter((a) => a.resolved && a.correct).length;
}

/** What a quiz remembers: which quiz (scenario and settings) and how far the student is. */
export interface SavedQuiz {
  scenario: string;
  settings: QuizSettings;
  progress: QuizProgress;
}

/** The saved form, kept under SCORM 1.2's 4096 characters (tested for the longest quiz). */
export function saveQuiz(quiz: SavedQuiz): string {
  const kinds = quiz.settings.kinds.map((k) => QUESTION_KINDS.indexOf(k)).join('');
  const answers = quiz.progress
    .map(
      (a) =>
        `${a.step}.${a.first}.${a.last}.${a.tries}${a.correct ? 'c' : 'w'}${a.resolved ? 'r' : ''}`,
    )
    .join(',');
  const s = quiz.settings;
  return ['q1', quiz.scenario, kinds, s.count, s.retries ? 1 : 0, s.variant, answers].join('|');
}

/** Reads a saved quiz; null for anything it did not write. Never throws. */
export function loadQuiz(text: string): SavedQuiz | null {
  const parts = text.split('|');
  if (parts.length !== 7 || parts[0] !== 'q1') return null;
  const [, scenario, kindDigits, count, retries, variant, answers] = parts as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const kinds: QuestionKind[] = [];
  for (const d of kindDigits) {
    const kind = QUESTION_KINDS[Number(d)];
    if (!kind || kinds.includes(kind)) return null;
    kinds.push(kind);
  }
  if (!/^\d{1,2}$/.test(count) || !/^[01]$/.test(retries) || !/^\d{1,9}$/.test(variant))
    return null;
  const progress: QuizAnswer[] = [];
  for (const a of answers === '' ? [] : answers.split(',')) {
    const m = /^(\d{1,7})\.(\d)\.(\d)\.(\d)([cw])(r?)$/.exec(a);
    if (!m) return null;
    progress.push({
      step: Number(m[1]),
      first: Number(m[2]),
      last: Number(m[3]),
      tries: Number(m[4]),
      correct: m[5] === 'c',
      resolved: m[6] === 'r',
    });
  }
  return {
    scenario,
    settings: { kinds, count: Number(count), retries: retries === '1', variant: Number(variant) },
    progress,
  };
}
