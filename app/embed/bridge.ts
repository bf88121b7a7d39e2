/**
 * The embed's postMessage interface, validated strictly: a message is obeyed
 * only if it is exactly one of these shapes, with no other keys; anything else
 * is ignored. Nothing received is ever evaluated or put into the page as HTML.
 *
 *   out: { source: 'roundtrip', type: 'step', scenario, step, total }
 *   in:  { source: 'roundtrip', type: 'goto', step } | { ..., type: 'play' } | { ..., type: 'pause' }
 */
export type EmbedCommand = { type: 'goto'; step: number } | { type: 'play' } | { type: 'pause' };

export interface StepMessage {
  source: 'roundtrip';
  type: 'step';
  scenario: string;
  step: number;
  total: number;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function hasExactly(o: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

export function parseCommand(data: unknown, total: number): EmbedCommand | null {
  if (!isPlainObject(data) || data.source !== 'roundtrip') return null;
  switch (data.type) {
    case 'goto': {
      const step = data.step;
      if (!hasExactly(data, ['source', 'type', 'step'])) return null;
      if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0 || step > total)
        return null;
      return { type: 'goto', step };
    }
    case 'play':
    case 'pause':
      return hasExactly(data, ['source', 'type']) ? { type: data.type } : null;
    default:
      return null;
  }
}

export function stepMessage(scenario: string, step: number, total: number): StepMessage {
  return { source: 'roundtrip', type: 'step', scenario, step, total };
}
