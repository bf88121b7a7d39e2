import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import type { Segment, Step, Timeline } from '../timeline/types';
import { generateQuiz, variantSeed } from './generate';
import {
  answerQuestion,
  findSavedQuiz,
  loadQuiz,
  MAX_SAVED_QUIZZES,
  nextQuestion,
  type SavedQuiz,
  saveQuiz,
  scenarioDigest,
  scoreOf,
  shelveQuiz,
} from './state';
import {
  DEFAULT_QUIZ_SETTINGS,
  MAX_QUESTIONS,
  type Numbering,
  QUESTION_KINDS,
  type Question,
  type QuizSettings,
} from './types';

const PROFILES = ['textbook', 'linux'] as const;
const timelines = new Map<string, Timeline>();
function timeline(id: string, profile: 'textbook' | 'linux', variant = 0): Timeline {
  const key = `${id}/${profile}/${variant}`;
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(id);
  if (!timelines.has(key)) {
    timelines.set(key, simulate(scenario, { profile, seed: variantSeed(scenario.seed, variant) }));
  }
  return timelines.get(key) as Timeline;
}
const all: QuizSettings = { ...DEFAULT_QUIZ_SETTINGS, count: MAX_QUESTIONS };

/**
 * The truth of a question, read from the step it holds back independently of the generators:
 * what the student will see when the step is revealed.
 */
function truthOf(t: Timeline, q: Question, numbering: Numbering): string {
  const step = t.steps[q.step] as Step;
  const out = t.segments[step.segmentsOut[0] ?? -1];
  switch (q.kind) {
    case 'flags':
      return out?.flags.join(', ') ?? '?';
    case 'ack':
      return String(numbering === 'absolute' ? out?.ack : out?.relAck);
    case 'state':
      return step.changes.find((c) => c.endpoint === step.endpoint)?.to ?? '?';
    case 'block': {
      const m = t.messages.find((x) => x.id === step.message?.messageId);
      const b = m?.blocks[step.message?.block ?? -1];
      if (!m || !b) return '?';
      if (b.kind === 'start-line') return m.startLine;
      return m.bytes.slice(b.start, b.end - 2);
    }
    case 'closer': {
      // An end closes actively when its FIN leaves before the other end's reaches it (RFC 9293
      // §3.6): read from the FINs' times, not from the step reasons.
      const fins = t.steps
        .filter((s) => s.connection === step.connection)
        .flatMap((s) => s.segmentsOut.map((id) => t.segments[id] as Segment))
        .filter((seg) => seg.flags.includes('FIN'));
      const active = (['client', 'server'] as const).filter((e) => {
        const sent = Math.min(...fins.filter((f) => f.from === e).map((f) => f.sentAt));
        const got = Math.min(...fins.filter((f) => f.to === e).map((f) => f.arrivesAt ?? Infinity));
        return sent < got;
      });
      return active.length === 2 ? 'both' : String(active[0]);
    }
    case 'arrives':
      return step.reason === 'segment-lost' ? 'lost' : 'arrives';
    case 'time-wait':
      return step.reason === 'fin-received' || step.reason === 'fin-acked'
        ? String(step.detail.timeWaitMs)
        : '?';
    case 'status': {
      const m = t.messages.find((x) => x.id === step.message?.messageId);
      return m?.startLine.slice('HTTP/1.1 '.length) ?? '?';
    }
  }
}

function checkQuestion(t: Timeline, q: Question, numbering: Numbering = 'relative') {
  expect(q.step).toBeGreaterThanOrEqual(1);
  expect(q.choices.length).toBeGreaterThanOrEqual(3);
  expect(q.choices.length).toBeLessThanOrEqual(4);
  const right = q.choices.filter((c) => c.correct);
  expect(right).toHaveLength(1);
  expect(right[0]?.value).toBe(truthOf(t, q, numbering));
  for (const c of q.choices) expect(c.mistake === null).toBe(c.correct);
  const keys = q.choices.map((c) => `${c.form}:${c.value}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('generateQuiz', () => {
  for (const scenario of SCENARIOS) {
    for (const profile of PROFILES) {
      it(`${scenario.id} (${profile}): one right choice per question, the timeline's truth`, () => {
        const t = timeline(scenario.id, profile);
        const questions = generateQuiz(t, all);
        expect(questions.length).toBeGreaterThan(0);
        for (const q of questions) checkQuestion(t, q);
        const steps = questions.map((q) => q.step);
        expect(steps).toEqual([...new Set(steps)].sort((a, b) => a - b));
        // Absolute numbers write the same questions and choices, in the same order.
        const absolute = generateQuiz(t, all, 'absolute');
        for (const q of absolute) checkQuestion(t, q, 'absolute');
        const shape = (qs: Question[]) =>
          qs.map((q) => [q.step, q.kind, q.variant, q.choices.map((c) => c.mistake)]);
        expect(shape(absolute)).toEqual(shape(questions));
      });
    }
  }

  // A teacher at step 30 pressed Predict: the questions started at step 1, and so did the view.
  it('from a step on, asks only about the steps after it, as many as it can', () => {
    const t = timeline('redirect-301', 'textbook');
    const settings = { ...all, count: 4 };
    const from = 30;
    const questions = generateQuiz(t, settings, 'relative', from);
    expect(questions.length).toBe(4);
    for (const q of questions) {
      expect(q.step).toBeGreaterThan(from);
      checkQuestion(t, q);
    }
    expect(generateQuiz(t, settings, 'relative', 0)).toEqual(generateQuiz(t, settings));
  });

  it('is deterministic: the same timeline and settings give the same questions', () => {
    const t = timeline('get', 'textbook');
    expect(JSON.stringify(generateQuiz(t, all))).toBe(JSON.stringify(generateQuiz(t, all)));
    const again = simulate(SCENARIOS[0] as (typeof SCENARIOS)[number], {});
    expect(JSON.stringify(generateQuiz(again, all))).toBe(JSON.stringify(generateQuiz(t, all)));
  });

  it('asks the classic mistakes the issue names', () => {
    const mistakes = (id: string) =>
      new Set(
        generateQuiz(timeline(id, 'textbook'), all).flatMap((q) => q.choices.map((c) => c.mistake)),
      );
    const get = mistakes('get');
    for (const m of [
      'ack-equals-seq',
      'fin-without-ack',
      'server-established-early',
      'content-length-crlf',
    ] as const) {
      expect(get.has(m), m).toBe(true);
    }
    expect(mistakes('redirect-301').has('redirect-same-path')).toBe(true);
    expect(mistakes('lost-segment').has('lost-arrives')).toBe(true);
    expect(mistakes('connection-close').has('closer-client')).toBe(true);
  });

  it('ask every kind somewhere among the canned scenarios', () => {
    const kinds = new Set(
      SCENARIOS.flatMap((s) => generateQuiz(timeline(s.id, 'textbook'), all).map((q) => q.kind)),
    );
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('a short quiz takes its kinds in turn', () => {
    const q = generateQuiz(timeline('get', 'textbook'), { ...all, count: 6 });
    expect(q).toHaveLength(6);
    expect(new Set(q.map((x) => x.kind)).size).toBe(6);
  });

  it('a variant gives other numbers (the seed) and another order of choices', () => {
    const a = generateQuiz(timeline('get', 'textbook', 0), { ...all, variant: 0 }, 'absolute');
    const b = generateQuiz(timeline('get', 'textbook', 1), { ...all, variant: 1 }, 'absolute');
    const answers = (qs: Question[]) =>
      qs.filter((q) => q.kind === 'ack').map((q) => q.choices.find((c) => c.correct)?.value);
    expect(answers(a)).not.toEqual(answers(b));
    const order = (qs: Question[]) => qs.map((q) => q.choices.findIndex((c) => c.correct)).join();
    const orders = new Set(
      [0, 1, 2, 3].map((v) =>
        order(generateQuiz(timeline('get', 'textbook'), { ...all, variant: v })),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(variantSeed(1, 0)).toBe(1);
    expect(variantSeed(1, 1)).not.toBe(variantSeed(1, 2));
  });

  it('writes the numbers the page shows: relative by default, as the diagram labels them', () => {
    const t = timeline('get', 'textbook');
    const ackTo = (numbering?: Numbering) =>
      generateQuiz(t, { ...all, kinds: ['ack'] }, numbering).find(
        (q) => q.variant === 'syn' && q.endpoint === 'client',
      ) as Question;
    const synAck = t.segments.find((s) => s.flags.join() === 'SYN,ACK') as Segment;
    // "The client receives [SYN, ACK] with sequence number 0": the diagram's `Seq=0`.
    const relative = ackTo();
    expect(relative.params).toMatchObject({ seq: '0', flags: 'SYN, ACK' });
    expect(relative.choices.find((c) => c.correct)?.value).toBe('1');
    for (const c of relative.choices) expect(Number(c.value)).toBeLessThan(10);
    const absolute = ackTo('absolute');
    expect(absolute.params).toMatchObject({ seq: String(synAck.seq), flags: 'SYN, ACK' });
    expect(absolute.choices.find((c) => c.correct)?.value).toBe(String(u32(synAck.seq + 1)));
    expect(absolute.choices.map((c) => c.mistake)).toEqual(relative.choices.map((c) => c.mistake));
  });

  it('gives each wrong acknowledgment number the mistake its words describe', () => {
    // The words of each mistake (app/learning/quiz/strings.ts) say where the number came from:
    // "ack-equals-seq" is the received segment's Seq, "ack-own-seq" is this end's own Seq (the
    // answer's), "ack-plus-one-data" one more than the right answer. The client's answer to
    // [SYN, ACK] Seq=0 once offered 2 as "this end's own sequence number", whose Seq is 1.
    for (const scenario of SCENARIOS)
      for (const profile of PROFILES)
        for (const numbering of ['relative', 'absolute'] as const) {
          const t = timeline(scenario.id, profile);
          for (const q of generateQuiz(t, { ...all, kinds: ['ack'] }, numbering)) {
            const step = t.steps[q.step] as Step;
            const out = t.segments[step.segmentsOut[0] ?? -1] as Segment;
            const own = numbering === 'absolute' ? out.seq : out.relSeq;
            const right = Number(q.choices.find((c) => c.correct)?.value);
            const where = `${scenario.id}/${profile}/${numbering} step ${q.step}`;
            for (const c of q.choices) {
              const n = Number(c.value);
              if (c.mistake === 'ack-equals-seq') expect(String(n), where).toBe(q.params.seq);
              if (c.mistake === 'ack-own-seq') expect(n, where).toBe(own);
              if (c.mistake === 'ack-plus-one-data') expect(n, where).toBe(u32(right + 1));
            }
          }
        }
  });

  it('keeps to the kinds asked for', () => {
    const q = generateQuiz(timeline('keep-alive', 'textbook'), { ...all, kinds: ['ack'] });
    expect(q.length).toBeGreaterThan(0);
    expect(q.every((x) => x.kind === 'ack')).toBe(true);
  });

  it('property: any scenario, profile, variant, kinds and count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIOS.map((s) => s.id)),
        fc.constantFrom(...PROFILES),
        fc.integer({ min: 0, max: 1000 }),
        fc.subarray([...QUESTION_KINDS]),
        fc.integer({ min: -3, max: 40 }),
        (id, profile, variant, kinds, count) => {
          const t = timeline(id, profile, variant % 3);
          const settings = { kinds, count, retries: false, variant };
          const q = generateQuiz(t, settings);
          expect(q.length).toBeLessThanOrEqual(Math.max(1, Math.min(MAX_QUESTIONS, count)));
          for (const x of q) {
            checkQuestion(t, x);
            if (kinds.length > 0) expect(kinds).toContain(x.kind);
          }
          expect(JSON.stringify(generateQuiz(t, settings))).toBe(JSON.stringify(q));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('progress', () => {
  const questions = generateQuiz(timeline('get', 'textbook'), all);
  const first = questions[0] as Question;
  const rightIndex = first.choices.findIndex((c) => c.correct);
  const wrongIndex = first.choices.findIndex((c) => !c.correct);

  it('a right answer resolves the question and scores', () => {
    const p = answerQuestion([], first, rightIndex, { retries: false });
    expect(p[0]).toMatchObject({ correct: true, resolved: true, tries: 1 });
    expect(scoreOf(p)).toBe(1);
    expect(nextQuestion(questions, p)).toBe(questions[1]);
  });

  it('without retries a wrong answer resolves it; with retries it waits for the right one, scoring the first', () => {
    expect(answerQuestion([], first, wrongIndex, { retries: false })[0]).toMatchObject({
      correct: false,
      resolved: true,
    });
    const once = answerQuestion([], first, wrongIndex, { retries: true });
    expect(once[0]?.resolved).toBe(false);
    expect(nextQuestion(questions, once)).toBe(first);
    const twice = answerQuestion(once, first, rightIndex, { retries: true });
    expect(twice[0]).toMatchObject({ correct: false, resolved: true, tries: 2, first: wrongIndex });
    expect(scoreOf(twice)).toBe(0);
    // A resolved question takes no more answers.
    expect(answerQuestion(twice, first, wrongIndex, { retries: true })).toBe(twice);
  });

  it('the saved state round-trips and stays under 4 KB (SCORM 1.2 suspend_data) for the longest quiz', () => {
    const longest = SCENARIOS.flatMap((s) =>
      PROFILES.map((p) => ({ id: s.id, q: generateQuiz(timeline(s.id, p), all) })),
    ).sort((a, b) => b.q.length - a.q.length)[0] as { id: string; q: Question[] };
    let progress = [] as ReturnType<typeof answerQuestion>;
    for (const q of longest.q) {
      // The worst case: every wrong choice tried before the right one.
      for (const [i, c] of q.choices.entries())
        if (!c.correct) progress = answerQuestion(progress, q, i, { retries: true });
      progress = answerQuestion(
        progress,
        q,
        q.choices.findIndex((c) => c.correct),
        { retries: true },
      );
    }
    const saved = {
      scenario: scenarioDigest(findScenarioOf(longest.id)),
      profile: 'textbook',
      seed: 4_294_967_295,
      settings: { ...all, retries: true, variant: 999_999_999 },
      progress,
    };
    const text = saveQuiz(saved);
    expect(new TextEncoder().encode(text).length).toBeLessThan(4096);
    expect(loadQuiz(text)).toEqual(saved);
  });

  it('reads back only what it wrote, never throwing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = loadQuiz(s);
        if (r !== null) expect(loadQuiz(saveQuiz(r))).toEqual(r);
      }),
    );
    expect(loadQuiz('q2|get|linux|7|01|8|0|0|3.1.1.1cr')).not.toBeNull();
    expect(loadQuiz('q2|get|linux|7|99|8|0|0|')).toBeNull();
    expect(loadQuiz('q2|get\nq2|linux|7|01|8|0|0|')).toBeNull();
  });
});

describe('the saved quizzes of one tab', () => {
  const quiz = (scenario: string, profile = 'textbook', seed = 1, variant = 0): SavedQuiz => ({
    scenario,
    profile,
    seed,
    settings: { ...DEFAULT_QUIZ_SETTINGS, variant },
    progress: [],
  });
  const answered = (q: SavedQuiz, ...steps: number[]): SavedQuiz => ({
    ...q,
    progress: steps.map((step) => ({
      step,
      first: 0,
      last: 0,
      tries: 1,
      correct: true,
      resolved: true,
    })),
  });

  it('keep each quiz its own progress: two embeds on one page, in any order', () => {
    const get = answered(quiz('get'), 2, 5);
    const post = answered(quiz('post-form'), 3);
    let shelf = shelveQuiz('', get);
    shelf = shelveQuiz(shelf, post);
    // The first embed saves again (a reload): the second's progress stays.
    shelf = shelveQuiz(shelf, get);
    expect(findSavedQuiz(shelf, get)).toEqual(get.progress);
    expect(findSavedQuiz(shelf, post)).toEqual(post.progress);
    expect(shelf.split('\n')).toHaveLength(2);
  });

  it('tell apart what makes another quiz: profile, seed, settings, a custom scenario', () => {
    const base = answered(quiz('get'), 2);
    let shelf = shelveQuiz('', base);
    for (const other of [
      quiz('get', 'linux'),
      quiz('get', 'textbook', 2),
      quiz('get', 'textbook', 1, 3),
      { ...quiz('get'), settings: { ...DEFAULT_QUIZ_SETTINGS, retries: true } },
      quiz('post-form'),
    ]) {
      expect(findSavedQuiz(shelf, other)).toEqual([]);
      shelf = shelveQuiz(shelf, answered(other, 7));
    }
    expect(findSavedQuiz(shelf, base)).toEqual(base.progress);
    const get = findScenarioOf('get');
    const one = scenarioDigest({ ...get, seed: 9 });
    expect(one).toMatch(/^custom-[0-9a-f]{1,14}$/);
    expect(one).toBe(scenarioDigest({ ...get, seed: 9 }));
    expect(one).not.toBe(scenarioDigest({ ...get, seed: 10 }));
    expect(findSavedQuiz(shelveQuiz('', answered(quiz(one), 2)), quiz(one))).toHaveLength(1);
  });

  it('stay bounded: the latest MAX_SAVED_QUIZZES of them', () => {
    let shelf = '';
    for (let seed = 0; seed < MAX_SAVED_QUIZZES + 5; seed++)
      shelf = shelveQuiz(shelf, answered(quiz('get', 'textbook', seed), 2));
    const lines = shelf.split('\n');
    expect(lines).toHaveLength(MAX_SAVED_QUIZZES);
    expect(findSavedQuiz(shelf, quiz('get', 'textbook', MAX_SAVED_QUIZZES + 4))).toHaveLength(1);
    expect(findSavedQuiz(shelf, quiz('get', 'textbook', 0))).toEqual([]);
    // What it cannot read is dropped, never kept or thrown on.
    expect(shelveQuiz('junk\nq1|get|01|8|0|0|', quiz('get')).split('\n')).toHaveLength(1);
    expect(findSavedQuiz('junk', quiz('get'))).toEqual([]);
  });
});

function u32(n: number) {
  return n >>> 0;
}

function findScenarioOf(id: string) {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(id);
  return scenario;
}
