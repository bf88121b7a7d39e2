/**
 * What the quiz tells the page around an embed (docs/embedding.md, "Learning mode"): one
 * message per question answered and one when the quiz is done, sent to the origin the embed's
 * URL names (`origin=`), like every message of the bridge (app/embed/bridge.ts).
 */
/** Learning mode: a question answered (the first answer: what the score counts). */
export interface QuizAnswerMessage {
  source: 'roundtrip';
  type: 'quiz-answer';
  /** The step the question held back. */
  step: number;
  correct: boolean;
}

/** Learning mode: every question answered. docs/embedding.md maps it to xAPI, LTI and SCORM. */
export interface QuizDoneMessage {
  source: 'roundtrip';
  type: 'quiz-done';
  score: number;
  total: number;
}

export function quizAnswerMessage(step: number, correct: boolean): QuizAnswerMessage {
  return { source: 'roundtrip', type: 'quiz-answer', step, correct };
}

export function quizDoneMessage(score: number, total: number): QuizDoneMessage {
  return { source: 'roundtrip', type: 'quiz-done', score, total };
}
