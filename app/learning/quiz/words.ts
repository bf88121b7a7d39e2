/** A question's words: its text, each choice as shown, and what a wrong choice would have meant. */
import type { Choice, Question } from '../../model';
import type { Lang } from '../../strings';
import { fill, SENTENCE_GAP, sentences } from '../../strings';
import { formatDuration } from '../../strings/intl';
import type { quizStrings } from './strings';

type Words = (typeof quizStrings)[Lang];

const has = (s: Words, key: string): key is keyof Words => Object.hasOwn(s, key);

/** A word of the catalogue by a key made at run time, or the key itself (never expected). */
function word(s: Words, key: string): string {
  return has(s, key) ? s[key] : key;
}

/**
 * A question's text. It names a segment as the diagram draws it (`labelOf`, e.g. "[SYN] Seq=0
 * Len=0"): the segment's id in the timeline is shown nowhere else.
 */
export function questionText(s: Words, q: Question, labelOf: (segment: number) => string): string {
  const params: Record<string, string | number> = { ...q.params };
  if (typeof q.params.segment === 'number') params.segment = labelOf(q.params.segment);
  if (q.endpoint) params.endpoint = word(s, q.endpoint);
  if (q.params.kind === 'request' || q.params.kind === 'response')
    params.message = word(s, q.params.kind);
  return fill(word(s, `q.${q.kind}.${q.variant}`), params);
}

/** A choice as shown; a fate names the question's own figures (the redirect's status). */
export function choiceText(s: Words, lang: Lang, c: Choice, q: Question): string {
  switch (c.form) {
    case 'literal':
      return c.value;
    case 'endpoint':
      return word(s, c.value);
    case 'fate':
      return fill(word(s, `fate.${c.value}`), q.params);
    case 'duration':
      return formatDuration(lang, Number(c.value));
    case 'blank-line':
      return s['choice.blank'];
    case 'body':
      return fill(s['choice.body'], { octets: c.value });
  }
}

/**
 * What a wrong choice would have meant. `{endpoint}` is the end the question is about; a choice
 * of one end (`client`, `server`) also names it, `{choice}`, and the other end, `{other}`.
 */
export function meaningOf(s: Words, q: Question, c: Choice): string {
  if (!c.mistake) return '';
  const params: Record<string, string | number> = {
    ...q.params,
    endpoint: q.endpoint ? word(s, q.endpoint) : '',
  };
  if (c.form === 'endpoint' && (c.value === 'client' || c.value === 'server')) {
    params.choice = word(s, c.value);
    params.other = word(s, c.value === 'client' ? 'server' : 'client');
  }
  return fill(word(s, `m.${c.mistake}`), params);
}

/**
 * The feedback on a choice: the verdict ("Right.", "Not quite."), then, after a wrong one, what it
 * meant and either "try again" or, once `resolved`, the answer. `after` starts with the gap that
 * follows the verdict.
 */
export function feedbackWords(
  s: Words,
  lang: Lang,
  q: Question,
  index: number,
  resolved: boolean,
): { verdict: string; after: string } | null {
  const chosen = q.choices[index];
  const right = q.choices.find((c) => c.correct);
  if (!chosen || !right) return null;
  if (chosen.correct) return { verdict: s.right, after: '' };
  const meant = fill(s.chose, {
    choice: choiceText(s, lang, chosen, q),
    meaning: meaningOf(s, q, chosen),
  });
  const next = resolved ? fill(s.answer, { choice: choiceText(s, lang, right, q) }) : s.tryAgain;
  return { verdict: s.wrong, after: SENTENCE_GAP[lang] + sentences(lang, meant, next) };
}

/** What happens at the step asked about, once answered: "What happens at step 3:", then its words. */
/**
 * The line under the question when the reader is steps before it: its sentence and the gap before
 * its button ("Go to the question"), a space in English and none after Chinese full-width 。.
 */
export function aheadText(s: Words, lang: Lang, step: number): string {
  return fill(s.ahead, { step }) + SENTENCE_GAP[lang];
}

export function happensText(
  s: Words,
  lang: Lang,
  step: number,
  explanation: { what: string; why: string },
): string {
  return sentences(lang, fill(s.happens, { step }), explanation.what, explanation.why);
}
