/**
 * Where a quiz keeps its progress: the tab's session storage, one shelf of saved quizzes
 * (`shelveQuiz`, src/quiz/state.ts), each named by what makes it that quiz, so that two quiz
 * embeds on one course page, or two scenarios in turn, keep their own progress.
 */
import {
  findSavedQuiz,
  type QuizProgress,
  type QuizSettings,
  type SavedQuiz,
  scenarioDigest,
  shelveQuiz,
  type Timeline,
} from '../../model';
import type { TimelineSource } from '../../store';

export const SAVED = 'roundtrip.quiz';

/** The tab's session storage; reading `window.sessionStorage` itself throws in a sandboxed frame. */
const session = () => window.sessionStorage;

/**
 * Which quiz: the scenario (a custom one by its digest), the timeline's profile and seed, and
 * the step it predicts from (`generateQuiz`'s `from`), whose questions are another quiz's.
 */
export function quizOf(
  source: TimelineSource,
  timeline: Timeline,
  settings: QuizSettings,
  from = 0,
): Omit<SavedQuiz, 'progress'> {
  const scenario =
    source.kind === 'canned'
      ? source.id
      : source.kind === 'custom'
        ? scenarioDigest(source.scenario)
        : 'imported';
  // The shelf names a quiz by these fields alone (src/quiz/state.ts): the step goes in its name.
  const named = from > 0 ? `${scenario}-from-${from}` : scenario;
  return { scenario: named, profile: timeline.profile, seed: timeline.seed, settings };
}

export function restoreProgress(
  quiz: Omit<SavedQuiz, 'progress'>,
  storage: () => Storage = session,
): QuizProgress {
  try {
    return findSavedQuiz(storage().getItem(SAVED) ?? '', quiz);
  } catch {
    // Storage may be unavailable (a sandboxed frame): the quiz starts afresh.
    return [];
  }
}

/** Reads the shelf and writes it back in one task, so that another embed's quiz is kept. */
export function storeProgress(quiz: SavedQuiz, storage: () => Storage = session): void {
  try {
    const shelf = storage();
    shelf.setItem(SAVED, shelveQuiz(shelf.getItem(SAVED) ?? '', quiz));
  } catch {
    // Not saved: the quiz still works.
  }
}
