/**
 * The teacher's settings, read from the URL so that a link on a slide opens the same quiz:
 * `quiz=1` turns prediction on; `qkinds=ack,state,…` (the kinds to ask, all by default),
 * `qcount=8` (how many, at most 20), `qretry=1` (a wrong answer may be tried again),
 * `variant=3` (other numbers and another order for each student). A bad value falls back to
 * its default, never an error.
 */
import {
  DEFAULT_QUIZ_SETTINGS,
  MAX_QUESTIONS,
  QUESTION_KINDS,
  type QuestionKind,
  type QuizSettings,
} from '../../model';

const isKind = (v: string): v is QuestionKind => (QUESTION_KINDS as readonly string[]).includes(v);

export function readQuizSettings(search: string): QuizSettings {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_QUIZ_SETTINGS;
  }
  const kinds = (params.get('qkinds') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(isKind);
  const count = Number(params.get('qcount'));
  const variant = Number(params.get('variant'));
  return {
    kinds: kinds.length > 0 ? [...new Set(kinds)] : DEFAULT_QUIZ_SETTINGS.kinds,
    count:
      Number.isSafeInteger(count) && count >= 1
        ? Math.min(count, MAX_QUESTIONS)
        : DEFAULT_QUIZ_SETTINGS.count,
    retries: params.get('qretry') === '1',
    variant: /^\d{1,9}$/.test(params.get('variant') ?? '')
      ? variant
      : DEFAULT_QUIZ_SETTINGS.variant,
  };
}
