import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand, stepMessage } from './bridge';

describe('the embed bridge', () => {
  it('obeys the three commands', () => {
    expect(parseCommand({ source: 'roundtrip', type: 'goto', step: 3 }, 10)).toEqual({
      type: 'goto',
      step: 3,
    });
    expect(parseCommand({ source: 'roundtrip', type: 'play' }, 10)).toEqual({ type: 'play' });
    expect(parseCommand({ source: 'roundtrip', type: 'pause' }, 10)).toEqual({ type: 'pause' });
  });

  it('ignores anything else', () => {
    const bad: unknown[] = [
      null,
      'goto',
      ['roundtrip', 'goto', 1],
      { type: 'goto', step: 1 },
      { source: 'other', type: 'play' },
      { source: 'roundtrip', type: 'goto', step: 11 },
      { source: 'roundtrip', type: 'goto', step: -1 },
      { source: 'roundtrip', type: 'goto', step: 1.5 },
      { source: 'roundtrip', type: 'goto', step: '2' },
      { source: 'roundtrip', type: 'goto', step: 2, extra: 'x' },
      { source: 'roundtrip', type: 'play', step: 2 },
      { source: 'roundtrip', type: 'eval', code: 'alert(1)' },
      Object.create({ source: 'roundtrip', type: 'play' }),
    ];
    for (const data of bad) expect(parseCommand(data, 10)).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(() => parseCommand(data, 10)).not.toThrow();
      }),
    );
  });

  it('reports a step in the documented shape', () => {
    expect(stepMessage('get', 2, 27)).toEqual({
      source: 'roundtrip',
      type: 'step',
      scenario: 'get',
      step: 2,
      total: 27,
    });
  });
});
