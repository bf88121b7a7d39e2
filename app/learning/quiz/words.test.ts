import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ_SETTINGS, generateQuiz, MAX_QUESTIONS, SCENARIOS } from '../../model';
import { LANGUAGES } from '../../strings';
import { timelineOf } from '../../test-support/fixtures';
import { segmentLabel } from '../../timeline/geometry';
import { readQuizSettings } from './settings';
import { quizStrings } from './strings';
import { choiceText, meaningOf, questionText } from './words';

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
              const shown = choiceText(s, code, c);
              if (c.form === 'endpoint' || c.form === 'fate') {
                expect(Object.values(s)).toContain(shown);
              } else expect(shown).not.toMatch(/\{\w+\}|^$/);
              if (!c.correct) expect(meaningOf(s, q, c)).not.toMatch(/^m\.|\{\w+\}/);
            }
          }
        }
      }
    });
  }
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
