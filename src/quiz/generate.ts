/**
 * `generateQuiz(timeline, settings)`: the questions of a quiz, a pure function of the timeline
 * and the teacher's settings. The same timeline and settings give the same questions, in the
 * same order, with their choices in the same order; another `variant` shuffles them otherwise
 * (and, in the app, also changes the seed, so that the numbers differ too).
 */
import { deriveRandom } from '../network/random';
import type { Timeline } from '../timeline/types';
import { type Draft, GENERATORS } from './kinds';
import {
  MAX_QUESTIONS,
  type Numbering,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  type QuizSettings,
} from './types';

/** Every question the timeline offers, in step order (a step may offer several kinds). */
export function candidateQuestions(
  timeline: Timeline,
  settings: QuizSettings,
  numbering: Numbering = 'relative',
  from = 0,
): Draft[] {
  const kinds = settings.kinds.length > 0 ? settings.kinds : QUESTION_KINDS;
  const out: Draft[] = [];
  for (const step of timeline.steps) {
    if (step.index < 1 || step.index <= from) continue;
    for (const kind of QUESTION_KINDS) {
      if (!kinds.includes(kind)) continue;
      const q = GENERATORS[kind](timeline, step, numbering);
      if (q) out.push(q);
    }
  }
  return out;
}

/** The order in which the kinds take turns (variant 0 starts with the first). */
const TURNS: readonly QuestionKind[] = [
  'state',
  'ack',
  'block',
  'status',
  'closer',
  'flags',
  'time-wait',
  'arrives',
];

/**
 * Within a kind, the questions that teach most come first: a loss before the control question
 * on a segment that arrives; a redirect's request, then a Content-Length, before what follows a
 * start line.
 */
function rank(q: Draft): number {
  if (q.kind === 'arrives') return q.choices.some((c) => c.correct && c.value === 'lost') ? 0 : 1;
  if (q.kind === 'block')
    return q.variant === 'redirect' ? 0 : q.variant === 'content-length' ? 1 : 2;
  return 0;
}

/**
 * Picks at most `count` questions, one per step, the kinds taking turns (starting from a kind
 * the variant chooses) so that a short quiz still asks about different things; in step order.
 */
function pick(candidates: Draft[], count: number, variant: number): Draft[] {
  const byKind = new Map<string, Draft[]>();
  for (const q of candidates) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
  for (const list of byKind.values()) list.sort((a, b) => rank(a) - rank(b) || a.step - b.step);
  const kinds = TURNS.filter((k) => byKind.has(k));
  if (kinds.length === 0) return [];
  const start = variant % kinds.length;
  const chosen: Draft[] = [];
  const used = new Set<number>();
  let turn = start;
  // Each turn, a kind offers its earliest question on a step not yet asked about.
  while (chosen.length < count && byKind.size > 0) {
    const kind = kinds[turn % kinds.length] as string;
    turn++;
    const list = byKind.get(kind);
    if (!list) continue;
    const index = list.findIndex((q) => !used.has(q.step));
    if (index < 0) {
      byKind.delete(kind);
      continue;
    }
    const [q] = list.splice(index, 1) as [Draft];
    used.add(q.step);
    chosen.push(q);
  }
  return chosen.sort((a, b) => a.step - b.step);
}

/** Fisher–Yates with the variant's generator for this step: the same order every time. */
function shuffled(q: Draft, variant: number): Question {
  const random = deriveRandom(variant, 100 + q.step);
  const choices = [...q.choices];
  for (let i = choices.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [choices[i], choices[j]] = [
      choices[j] as (typeof choices)[number],
      choices[i] as (typeof choices)[number],
    ];
  }
  return { ...q, choices };
}

/**
 * `numbering` writes the sequence numbers as the page shows them; it changes no question, choice
 * or order, only how their numbers are written. `from` asks only about the steps after it: a
 * class that has watched the session up to step `from` predicts what comes next.
 */
export function generateQuiz(
  timeline: Timeline,
  settings: QuizSettings,
  numbering: Numbering = 'relative',
  from = 0,
): Question[] {
  const count = Math.max(1, Math.min(MAX_QUESTIONS, Math.trunc(settings.count) || 1));
  return pick(candidateQuestions(timeline, settings, numbering, from), count, settings.variant).map(
    (q) => shuffled(q, settings.variant),
  );
}

/**
 * The seed a quiz's variant simulates with: the scenario's own seed for variant 0, another for
 * each other variant (so that ISNs and ports, hence the numbers asked, differ between students).
 */
export function variantSeed(seed: number, variant: number): number {
  return variant === 0 ? seed >>> 0 : (seed + Math.imul(variant, 0x9e3779b1)) >>> 0;
}
