import { describe, expect, it } from 'vitest';
import { describeStep } from '../../explain/describe';
import { loadMessageFacts } from '../../explain/messageFacts';
import { loadExplainWords } from '../../explain/words';
import {
  type Choice,
  DEFAULT_QUIZ_SETTINGS,
  generateQuiz,
  MAX_QUESTIONS,
  type Profile,
  type QuestionKind,
  SCENARIOS,
  simulate,
} from '../../model';
import { LANGUAGES, type Lang } from '../../strings';
import { en } from '../../strings/en';
import { zhCN } from '../../strings/zh-CN';
import { zhTW } from '../../strings/zh-TW';
import { timelineOf } from '../../test-support/fixtures';
import { SPACE_BY_FULL_WIDTH } from '../../test-support/fullWidth';
import { segmentLabel } from '../../timeline/geometry';
import { readQuizSettings } from './settings';
import { quizStrings } from './strings';
import {
  aheadText,
  choiceText,
  feedbackWords,
  happensText,
  meaningOf,
  questionText,
} from './words';

describe('the quiz words', () => {
  const all = { ...DEFAULT_QUIZ_SETTINGS, count: MAX_QUESTIONS };
  for (const { code } of LANGUAGES) {
    it(`${code}: every question, choice and mistake of every canned scenario has its words`, () => {
      const s = quizStrings[code];
      for (const scenario of SCENARIOS) {
        for (const profile of ['textbook', 'linux'] as const) {
          for (const q of generateQuiz(timelineOf(scenario.id, profile), all)) {
            const text = questionText(s, q, (id) => `label ${id}`);
            expect(text, `${scenario.id} ${q.kind}.${q.variant}`).not.toMatch(/^q\.|\{\w+\}/);
            for (const c of q.choices) {
              const shown = choiceText(s, code, c, q);
              if (c.form === 'endpoint') expect(Object.values(s)).toContain(shown);
              else expect(shown).not.toMatch(/\{\w+\}|^$/);
              if (!c.correct) expect(meaningOf(s, q, c)).not.toMatch(/^m\.|\{\w+\}/);
            }
          }
        }
      }
    });
  }
});

describe('a question about a redirect', () => {
  // The workshop's routes redirect with 301, 302, 303, 307 or 308: the words name the one sent.
  it('names the status the server sent, not always 301', () => {
    const redirect = SCENARIOS.find((s) => s.id === 'redirect-301');
    if (!redirect) throw new Error('redirect-301 is canned');
    const timeline = simulate({
      ...redirect,
      site: {
        ...redirect.site,
        resources: redirect.site.resources.map((r) =>
          r.redirect ? { ...r, redirect: { ...r.redirect, status: 302 as const } } : r,
        ),
      },
    });
    const q = generateQuiz(timeline, { ...DEFAULT_QUIZ_SETTINGS, count: MAX_QUESTIONS }).find(
      (x) => x.variant === 'redirect',
    );
    if (!q) throw new Error('no question about the redirect');
    for (const { code } of LANGUAGES) {
      const s = quizStrings[code];
      const none = q.choices.find((c) => c.form === 'fate' && c.value === 'none');
      const same = q.choices.find((c) => c.mistake === 'redirect-same-path');
      if (!none || !same) throw new Error('the redirect question has its choices');
      expect(choiceText(s, code, none, q)).toContain('302');
      expect(meaningOf(s, q, same)).toContain('302');
      expect(`${choiceText(s, code, none, q)} ${meaningOf(s, q, same)}`).not.toContain('301');
    }
  });
});

describe('a question about a segment', () => {
  it('names it by its label as the diagram draws it, not by an id shown nowhere else', () => {
    const timeline = timelineOf('get', 'textbook');
    const all = { ...DEFAULT_QUIZ_SETTINGS, kinds: ['state'] as const, count: MAX_QUESTIONS };
    const q = generateQuiz(timeline, all)[0];
    if (!q) throw new Error('no state question in get');
    const seg = timeline.segments[Number(q.params.segment)];
    if (!seg) throw new Error('no segment');
    const label = segmentLabel(seg, 'relative');
    for (const { code } of LANGUAGES) {
      const text = questionText(quizStrings[code], q, () => label);
      expect(text).toContain(label);
      expect(text).not.toMatch(/#\d/);
    }
  });
});

/**
 * What a student reads at a question: its text, the right answer, and the note of each wrong
 * choice, as the panel shows them.
 */
function shownAt(
  id: string,
  profile: Profile,
  step: number,
  kind: QuestionKind,
  lang: Lang = 'en',
) {
  const t = timelineOf(id, profile);
  const settings = { ...DEFAULT_QUIZ_SETTINGS, kinds: [kind], count: MAX_QUESTIONS };
  const q = generateQuiz(t, settings).find((x) => x.step === step);
  if (!q) throw new Error(`no ${kind} question at ${id} (${profile}) step ${step}`);
  const s = quizStrings[lang];
  const label = (segment: number) => {
    const seg = t.segments[segment];
    if (!seg) throw new Error(`no segment ${segment}`);
    return segmentLabel(seg, 'relative');
  };
  return {
    question: questionText(s, q, label),
    answer: choiceText(s, lang, q.choices.find((c) => c.correct) as Choice, q),
    notes: Object.fromEntries(
      q.choices
        .filter((c) => !c.correct)
        .map((c) => [choiceText(s, lang, c, q), meaningOf(s, q, c)]),
    ),
  };
}

describe('the notes at the steps a protocol review found false', () => {
  it('simultaneous-close steps 38 and 40: TIME-WAIT waits for the ACK of this end’s own FIN', () => {
    for (const step of [38, 40]) {
      const shown = shownAt('simultaneous-close', 'textbook', step, 'state');
      expect(shown.answer).toBe('CLOSING');
      expect(shown.notes['TIME-WAIT']).toBe(
        'TIME-WAIT needs both: the other end’s FIN has arrived and this end’s own FIN is acknowledged. This FIN crossed this end’s own and does not acknowledge it, so this end enters CLOSING and waits for that ACK.',
      );
      expect(shown.notes['CLOSE-WAIT']).toBe(
        'CLOSE-WAIT and LAST-ACK are the states of an end that receives the other end’s FIN before it sends its own; here each end sent its FIN before the other’s arrived, so neither passes through them (RFC 9293 Figure 13).',
      );
      expect(
        shownAt('simultaneous-close', 'textbook', step, 'state', 'zh-CN').notes['TIME-WAIT'],
      ).toContain('没有确认自己的 FIN');
      expect(
        shownAt('simultaneous-close', 'textbook', step, 'state', 'zh-TW').notes['TIME-WAIT'],
      ).toContain('沒有確認自己的 FIN');
    }
    // FIN-WAIT-1 → FIN-WAIT-2 on the ACK of its FIN: there the other end's FIN is what is missing.
    expect(shownAt('get', 'textbook', 36, 'state').notes['TIME-WAIT']).toBe(
      'TIME-WAIT begins only once the other end’s FIN has arrived too; until then this end waits for it.',
    );
  });

  it('why-time-wait: nobody resends the lost final ACK; the server resends its FIN', () => {
    for (const [profile, step] of [
      ['textbook', 38],
      ['linux', 37],
    ] as const) {
      const shown = shownAt('why-time-wait', profile, step, 'arrives');
      expect(shown.answer).toBe('The network loses it');
      expect(shown.notes['It arrives']).toBe(
        'this one never arrives: the network drops it. Nobody resends a lost ACK: it takes no sequence number, so no timer waits for it. The server, whose segment it acknowledged, sends that segment again when its own retransmission timer expires.',
      );
      expect(
        Object.values(shownAt('why-time-wait', profile, step, 'arrives', 'zh-CN').notes),
      ).toContainEqual(expect.stringContaining('丢失的 ACK 没人重传'));
      expect(
        Object.values(shownAt('why-time-wait', profile, step, 'arrives', 'zh-TW').notes),
      ).toContainEqual(expect.stringContaining('遺失的 ACK 沒有人重傳'));
    }
    // A lost segment with data: its sender resends it, and learns of the loss by its own timer.
    expect(shownAt('lost-segment', 'textbook', 23, 'arrives').notes['It arrives']).toBe(
      'this one never arrives: the network drops it, and the sender learns so only when its retransmission timer expires.',
    );
  });

  it('simultaneous-close step 26: both ends close actively, though the server’s FIN leaves first', () => {
    const shown = shownAt('simultaneous-close', 'textbook', 26, 'closer');
    expect(shown).toEqual({
      question:
        'The exchange is over. Which end closes actively, sending its FIN before it has received the other end’s?',
      answer: 'both ends',
      notes: {
        server:
          'the server does send its FIN first, but the client sends its own before the server’s arrives: both close actively, a simultaneous close (RFC 9293 Figure 13).',
        client:
          'the client does send its FIN before the server’s arrives, but so does the server, whose FIN left first: both close actively, a simultaneous close (RFC 9293 Figure 13).',
      },
    });
    expect(
      Object.values(shownAt('simultaneous-close', 'textbook', 26, 'closer', 'zh-CN').notes),
    ).toContain(
      '服务器确实先发出 FIN，但客户端在服务器的 FIN 到达之前也发出了自己的 FIN：两端都是主动关闭，即同时关闭（RFC 9293 图 13）。',
    );
    expect(
      Object.values(shownAt('simultaneous-close', 'textbook', 26, 'closer', 'zh-TW').notes),
    ).toContain(
      '伺服器確實先送出 FIN，但用戶端在伺服器的 FIN 抵達之前也送出了自己的 FIN：兩端都是主動關閉，也就是同時關閉（RFC 9293 圖 13）。',
    );
    // Where one end alone closes actively, the same question; the answer is that end.
    expect(shownAt('simultaneous-close', 'linux', 25, 'closer').answer).toBe('server');
    expect(shownAt('get', 'textbook', 32, 'closer').answer).toBe('client');
  });

  it('LAST-ACK → CLOSED: LISTEN has a note of its own; “stays” is said of LAST-ACK alone', () => {
    for (const [id, profile, step] of [
      ['get', 'textbook', 38],
      ['simultaneous-close', 'linux', 39],
    ] as const) {
      const shown = shownAt(id, profile, step, 'state');
      expect(shown.answer).toBe('CLOSED');
      expect(shown.notes.LISTEN).toBe(
        'a closed connection is CLOSED, its record deleted; a server’s listening socket stays in LISTEN on its own, but this connection does not return to it.',
      );
      expect(shown.notes['LAST-ACK']).toMatch(/^this segment does move the (server|client) on/);
    }
  });

  it('time-wait-old-segment: a RST in TIME-WAIT closes it here, though RFC 1337 would stay', () => {
    for (const [profile, step] of [
      ['textbook', 38],
      ['linux', 37],
    ] as const) {
      const shown = shownAt('time-wait-old-segment', profile, step, 'state');
      expect(shown.answer).toBe('CLOSED');
      expect(shown.notes['TIME-WAIT']).toBe(
        'RFC 1337 recommends ignoring a RST in TIME-WAIT, and a stack that does so stays there (as Linux does when tcp_rfc1337 is 1). The simulated stack follows RFC 9293, as Linux does by default: a RST it accepts closes the connection at once, in TIME-WAIT too (§3.10.7.4).',
      );
      expect(shown.notes.LISTEN).toMatch(/^a closed connection is CLOSED/);
    }
  });
});

/**
 * The feedback is sentences written one after another: in English with a space between them, in
 * Chinese with none after the full-width punctuation that ends each (“不对。你选了…”, not
 * “不对。 你选了…”).
 */
await loadExplainWords();
await loadMessageFacts();

describe('the feedback, one sentence after another', () => {
  const catalogues = { en, 'zh-CN': zhCN, 'zh-TW': zhTW } as const;
  const timeline = timelineOf('get', 'textbook');
  const q = generateQuiz(timeline, { ...DEFAULT_QUIZ_SETTINGS, count: 3 })[0];
  const step = q && timeline.steps[q.step];
  if (!q || !step) throw new Error('no first question in get');
  const wrong = q.choices.findIndex((c) => !c.correct);
  const right = q.choices.findIndex((c) => c.correct);

  /** The two paragraphs the panel shows after a wrong choice, once answered. */
  function shown(lang: Lang) {
    const s = quizStrings[lang];
    const words = feedbackWords(s, lang, q as NonNullable<typeof q>, wrong, true);
    if (!words) throw new Error('no feedback');
    const explanation = describeStep(
      step as NonNullable<typeof step>,
      timeline,
      catalogues[lang],
      lang,
    );
    return {
      verdict: words.verdict + words.after,
      happens: happensText(s, lang, (q as NonNullable<typeof q>).step, explanation),
    };
  }

  it('English puts one space between sentences', () => {
    const { verdict, happens } = shown('en');
    expect(verdict).toMatch(/^Not quite\. You chose \S.*\. The answer is SYN-RECEIVED\.$/);
    expect(happens).toMatch(/^What happens at step 2: The server /);
    expect(`${verdict} ${happens}`).not.toMatch(/\s{2}/);
  });

  it.each(['zh-CN', 'zh-TW'] as const)('%s puts no space after full-width punctuation', (lang) => {
    const { verdict, happens } = shown(lang);
    const s = quizStrings[lang];
    expect(verdict.startsWith(`${s.wrong}${s.chose.slice(0, 2)}`)).toBe(true);
    expect(happens).toMatch(/^第 2 步/);
    for (const text of [verdict, happens]) {
      expect(text).not.toMatch(SPACE_BY_FULL_WIDTH);
      expect(text).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });

  it('the line before a question leaves a space before its button in English only', () => {
    expect(aheadText(quizStrings.en, 'en', 4)).toBe('The next question comes before step 4. ');
    for (const lang of ['zh-CN', 'zh-TW'] as const)
      expect(aheadText(quizStrings[lang], lang, 4)).toMatch(/ 4 步之前。$/u);
  });

  it('a right choice is its verdict alone, in every language', () => {
    for (const { code } of LANGUAGES) {
      expect(feedbackWords(quizStrings[code], code, q, right, true)).toEqual({
        verdict: quizStrings[code].right,
        after: '',
      });
    }
  });
});

describe('readQuizSettings', () => {
  it('reads the teacher settings and falls back on bad values', () => {
    expect(
      readQuizSettings('?quiz=1&qkinds=ack,state,ack,nope&qcount=5&qretry=1&variant=42'),
    ).toEqual({
      kinds: ['ack', 'state'],
      count: 5,
      retries: true,
      variant: 42,
    });
    expect(readQuizSettings('?qkinds=&qcount=-1&qretry=yes&variant=x')).toEqual(
      DEFAULT_QUIZ_SETTINGS,
    );
    expect(readQuizSettings('?qcount=500').count).toBe(MAX_QUESTIONS);
  });
});
