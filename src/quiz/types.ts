/**
 * Prediction questions (predict–observe–explain): before a step worth asking about, the student
 * commits to what happens next; the step itself is the answer. A question is plain data made
 * from the timeline (`generateQuiz`), so that its one right choice is the timeline's own truth
 * and its wrong choices are the classic mistakes, each named so that the view can say what it
 * would have meant.
 */
import type { Endpoint } from '../timeline/types';

/** What a question asks about the step it holds back. */
export type QuestionKind =
  /** Which flags the segment this step sends carries. */
  | 'flags'
  /** The acknowledgment number of the segment this step sends. */
  | 'ack'
  /** The state the receiver of a segment enters. */
  | 'state'
  /** Which block of the message is written next (a Content-Length's value, a redirect's request line). */
  | 'block'
  /** Which end closes actively (sends its FIN before the other's reaches it). */
  | 'closer'
  /** Whether a segment arrives. */
  | 'arrives'
  /** How long TIME-WAIT lasts under this profile. */
  | 'time-wait'
  /** The status the server answers. */
  | 'status';

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'flags',
  'ack',
  'state',
  'block',
  'closer',
  'arrives',
  'time-wait',
  'status',
];

/**
 * A wrong choice, named by the mistake it stands for (the view says what it would have meant).
 * The first ones are the classic mistakes the issue names.
 */
export type Mistake =
  | 'ack-equals-seq'
  | 'fin-without-ack'
  | 'server-established-early'
  | 'content-length-crlf'
  | 'redirect-same-path'
  | 'ack-plus-one-data'
  | 'ack-own-seq'
  | 'ack-without-syn'
  | 'syn-without-ack'
  | 'rst-instead'
  | 'ack-only-close'
  | 'state-unchanged'
  | 'closed-not-listen'
  | 'rst-in-time-wait'
  | 'rst-no-time-wait'
  | 'closed-at-once'
  | 'time-wait-passive'
  | 'time-wait-early'
  | 'time-wait-own-fin-unacked'
  | 'role-swapped'
  | 'no-passive-closer'
  | 'content-length-whole'
  | 'headers-end-early'
  | 'body-before-headers'
  | 'redirect-not-followed'
  | 'closer-client'
  | 'closer-server'
  | 'closer-both'
  | 'closer-both-sent-first'
  | 'closer-both-sent-second'
  | 'lost-arrives'
  | 'lost-fast-retransmitted-arrives'
  | 'lost-ack-arrives'
  | 'lost-unsequenced-arrives'
  | 'arrived-lost'
  | 'refused-with-rst'
  | 'time-wait-one-msl'
  | 'time-wait-none'
  | 'time-wait-other-profile'
  | 'status-200'
  | 'status-301'
  | 'status-404'
  | 'status-405'
  | 'status-400';

/**
 * How the view shows a choice: `literal` as it goes on the wire (flags, a number, a state, a
 * line of the message); the others in words: an end (`client`, `server`, `both`), a fate
 * (`arrives`, `lost`, `refused`, `none`), a duration in ms, the blank line, a body of `value` octets.
 */
export type ChoiceForm = 'literal' | 'endpoint' | 'fate' | 'duration' | 'blank-line' | 'body';

export interface Choice {
  /** What the choice says, in the form `form` names; unique within its question. */
  value: string;
  form: ChoiceForm;
  correct: boolean;
  /** The mistake a wrong choice stands for; null for the right one. */
  mistake: Mistake | null;
}

/** The facts a question's words need ({placeholders} in the view's strings). */
export type QuestionParams = Record<string, string | number>;

export interface Question {
  kind: QuestionKind;
  /** The step the question holds back: asked while the cursor is at `step - 1`, answered by `step`. */
  step: number;
  /** The end the question is about (the sender, the receiver, the end whose state changes). */
  endpoint: Endpoint | null;
  /**
   * Which wording of the kind the view uses, e.g. `block` asks `content-length`,
   * `redirect` or `next`; `flags` asks `syn-ack`, `fin` or `ack`.
   */
  variant: string;
  params: QuestionParams;
  /** Three or four, exactly one `correct`, in an order drawn from the variant. */
  choices: Choice[];
}

export interface QuizSettings {
  /** Which kinds to ask (all when empty). */
  kinds: readonly QuestionKind[];
  /** At most this many questions, spread over the timeline. */
  count: number;
  /** Whether a wrong answer may be tried again before the step is revealed. */
  retries: boolean;
  /** Shuffles the choices and picks the questions; the app also derives the seed from it. */
  variant: number;
}

export const DEFAULT_QUIZ_SETTINGS: QuizSettings = {
  kinds: QUESTION_KINDS,
  count: 8,
  retries: false,
  variant: 0,
};

export const MAX_QUESTIONS = 20;

/**
 * How a question writes sequence and acknowledgment numbers: as the page shows them, relative to
 * each sender's ISN (the default, as Wireshark shows them) or absolute.
 */
export type Numbering = 'relative' | 'absolute';
