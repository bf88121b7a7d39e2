import { describe, expect, it } from 'vitest';
import { ROOM_COPIES, roomSteps, wordsExtent } from './room';

describe('wordsExtent', () => {
  it('counts a Chinese character as wide as an em, other characters narrower', () => {
    expect(wordsExtent(['客户端'])).toBeGreaterThan(wordsExtent(['abc']));
  });

  it('counts each paragraph beside its text: three short ones can outweigh one of the same text', () => {
    expect(wordsExtent(['ab', 'cd', 'ef'])).toBeGreaterThan(wordsExtent(['abcdef']));
  });
});

describe('roomSteps', () => {
  it('copies every step whose words differ, once, in order', () => {
    const words = [['start'], ['a', 'b'], ['start'], ['a', 'b'], ['c']];
    expect(roomSteps(words)).toEqual([0, 1, 4]);
  });

  it('tells paragraphs apart from one paragraph of the same words', () => {
    expect(roomSteps([['a', 'b'], ['a\nb'], ['ab'], ['a', 'b']])).toEqual([0, 1, 2]);
  });

  it('of more different words than it copies, keeps those that take most room', () => {
    const words = Array.from({ length: 10 }, (_, k) => ['x'.repeat(k === 3 ? 500 : k + 1)]);
    expect(roomSteps(words, 4)).toEqual([3, 7, 8, 9]);
  });

  it('copies at most ROOM_COPIES', () => {
    const words = Array.from({ length: 100 }, (_, k) => [`step ${k}`]);
    expect(roomSteps(words)).toHaveLength(ROOM_COPIES);
  });

  it('copies nothing of nothing', () => {
    expect(roomSteps([])).toEqual([]);
  });
});
