/**
 * A quiz's progress: which choice was taken for each question, pure functions over plain data,
 * and its saved form. The saved form is what a course platform keeps between sessions (SCORM
 * 1.2's `cmi.suspend_data` holds 4096 characters), so it is short: which quiz (scenario, profile,
 * seed, settings) and, per question answered, its step, the first choice taken and the number
 * of tries. A tab keeps several, one per quiz (`shelveQuiz`).
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

/**
 * What a quiz remembers: which quiz and how far the student is. A quiz is its questions, made
 * from a timeline and the settings (generate.ts): the timeline is named by the scenario (a
 * canned id, or a custom scenario's digest, `scenarioDigest`), the profile and the seed it was
 * simulated with.
 */
export interface SavedQuiz {
  scenario: string;
  profile: string;
  seed: number;
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
  return [
    'q2',
    quiz.scenario,
    quiz.profile,
    quiz.seed,
    kinds,
    s.count,
    s.retries ? 1 : 0,
    s.variant,
    answers,
  ].join('|');
}

/** Reads a saved quiz; null for anything it did not write. Never throws. */
export function loadQuiz(text: string): SavedQuiz | null {
  const parts = text.split('|');
  if (parts.length !== 9 || parts[0] !== 'q2') return null;
  const [, scenario, profile, seed, kindDigits, count, retries, variant, answers] =
    parts as string[] as [string, string, string, string, string, string, string, string, string];
  if (!/^[a-z0-9-]{1,80}$/.test(scenario) || !/^[a-z]{1,20}$/.test(profile)) return null;
  if (!/^\d{1,10}$/.test(seed)) return null;
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
    profile,
    seed: Number(seed),
    settings: { kinds, count: Number(count), retries: retries === '1', variant: Number(variant) },
    progress,
  };
}

/** Which quiz a saved one is: everything but the progress. */
const quizKey = (quiz: Omit<SavedQuiz, 'progress'>) => saveQuiz({ ...quiz, progress: [] });

/**
 * How many quizzes one browser tab keeps. Every embed on a course page shares the tab's session
 * storage; each keeps its own quiz there, and the shelf stays under this many times 4 KB.
 */
export const MAX_SAVED_QUIZZES = 8;

/**
 * The shelf: the saved quizzes of one tab, one a line, the latest first. Puts `quiz` first,
 * in place of the same quiz's earlier progress, and drops the oldest beyond MAX_SAVED_QUIZZES
 * (and any line it cannot read).
 */
export function shelveQuiz(shelf: string, quiz: SavedQuiz): string {
  const key = quizKey(quiz);
  const others = shelf.split('\n').filter((line) => {
    const saved = loadQuiz(line);
    return saved !== null && quizKey(saved) !== key;
  });
  return [saveQuiz(quiz), ...others].slice(0, MAX_SAVED_QUIZZES).join('\n');
}

/** The progress the shelf holds for this quiz, or none. Never throws. */
export function findSavedQuiz(shelf: string, quiz: Omit<SavedQuiz, 'progress'>): QuizProgress {
  const key = quizKey(quiz);
  for (const line of shelf.split('\n')) {
    const saved = loadQuiz(line);
    if (saved && quizKey(saved) === key) return saved.progress;
  }
  return [];
}

/**
 * A custom scenario's name on the shelf: `custom-` and a 53-bit digest of its JSON (cyrb53), so
 * that two scenarios of one's own keep apart. Not for security: a collision costs a quiz's progress.
 */
export function scenarioDigest(scenario: unknown): string {
  const text = JSON.stringify(scenario);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const digest = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `custom-${digest.toString(16)}`;
}
