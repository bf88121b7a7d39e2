import { describe, expect, it } from 'vitest';
import { h5pMessage, parseCommand, parseH5p, resizeMessage, stepMessage } from './bridge';

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

  it('ignores prototype keys as a parser or postMessage delivers them (own properties)', () => {
    for (const json of [
      '{"source":"roundtrip","type":"play","__proto__":{"type":"goto"}}',
      '{"source":"roundtrip","type":"goto","step":1,"constructor":{"prototype":{}}}',
      '{"source":"roundtrip","type":"pause","toString":"x"}',
    ]) {
      expect(parseCommand(JSON.parse(json), 10), json).toBeNull();
      expect(parseCommand(structuredClone(JSON.parse(json)), 10), json).toBeNull();
    }
    // A command that arrived whole is obeyed whatever its prototype says.
    const bare = Object.assign(Object.create(null), { source: 'roundtrip', type: 'pause' });
    expect(parseCommand(bare, 10)).toEqual({ type: 'pause' });
  });

  it('ignores steps beyond the safe integers and non-finite numbers', () => {
    for (const step of [2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, -Number.MIN_VALUE]) {
      expect(parseCommand({ source: 'roundtrip', type: 'goto', step }, 2 ** 60)).toBeNull();
    }
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

describe('the sizing messages', () => {
  it('posts its height in the documented shape', () => {
    expect(resizeMessage(512)).toEqual({ source: 'roundtrip', type: 'resize', height: 512 });
  });

  it("speaks H5P's resizer protocol as h5p.js does", () => {
    expect(h5pMessage('hello')).toEqual({ context: 'h5p', action: 'hello' });
    expect(h5pMessage('prepareResize', 600)).toEqual({
      context: 'h5p',
      action: 'prepareResize',
      scrollHeight: 600,
      clientHeight: 600,
    });
    expect(h5pMessage('resize', 600)).toEqual({
      context: 'h5p',
      action: 'resize',
      scrollHeight: 600,
    });
  });

  it("reads the resizer's four actions, and nothing else", () => {
    for (const action of ['ready', 'hello', 'resizePrepared', 'resize'] as const) {
      expect(parseH5p({ context: 'h5p', action })).toBe(action);
    }
    // Older resizers send the parent's height along; it is not read.
    expect(parseH5p({ context: 'h5p', action: 'resizePrepared', parentHeight: '' })).toBe(
      'resizePrepared',
    );
    for (const data of [
      null,
      'hello',
      { action: 'hello' },
      { context: 'H5P', action: 'hello' },
      { context: 'h5p', action: 'fullScreen' },
      { context: 'h5p', action: 'toString' },
      Object.create({ context: 'h5p', action: 'hello' }),
    ]) {
      expect(parseH5p(data)).toBeNull();
    }
  });
});

describe('the load command', () => {
  it('carries a scenario object, with nothing else in the message', () => {
    const scenario = { id: 'x' };
    expect(parseCommand({ source: 'roundtrip', type: 'load', scenario }, 10)).toEqual({
      type: 'load',
      scenario,
    });
    expect(parseCommand({ source: 'roundtrip', type: 'load', scenario, extra: 1 }, 10)).toBeNull();
    expect(parseCommand({ source: 'roundtrip', type: 'load', scenario: [] }, 10)).toBeNull();
    expect(parseCommand({ source: 'roundtrip', type: 'load', scenario: 'get' }, 10)).toBeNull();
  });
});
