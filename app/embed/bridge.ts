/**
 * The embed's postMessage interface, validated strictly: a message is obeyed
 * only if it is exactly one of these shapes, with no other keys; anything else
 * is ignored. Nothing received is ever evaluated or put into the page as HTML.
 * docs/embedding.md is the reference for course pages.
 *
 *   out: { source: 'roundtrip', type: 'step', scenario, step, total }
 *        { source: 'roundtrip', type: 'resize', height }
 *        { source: 'roundtrip', type: 'quiz-answer', step, correct }   (learning mode, quiz=1:
 *        app/learning/quiz/events.ts, in the quiz's own chunk)
 *        { source: 'roundtrip', type: 'quiz-done', score, total }
 *   in:  { source: 'roundtrip', type: 'goto', step } | { ..., type: 'play' } | { ..., type: 'pause' }
 *        { source: 'roundtrip', type: 'load', scenario } (the scenario then checked by
 *        validateScenario, as a link's is: app/workshop/openLink.ts)
 *
 * and H5P's resizer protocol (h5p-resizer.js), for pages that already load it:
 *
 *   out: { context: 'h5p', action: 'hello' | 'prepareResize' | 'resize', scrollHeight?, clientHeight? }
 *   in:  { context: 'h5p', action: 'ready' | 'hello' | 'resizePrepared' | 'resize' }
 */
export type EmbedCommand =
  | { type: 'goto'; step: number }
  | { type: 'play' }
  | { type: 'pause' }
  /** A scenario of the page's own: an object here, validated where it is loaded. */
  | { type: 'load'; scenario: Record<string, unknown> };

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
    case 'load':
      if (!hasExactly(data, ['source', 'type', 'scenario']) || !isPlainObject(data.scenario))
        return null;
      return { type: 'load', scenario: data.scenario };
    default:
      return null;
  }
}

export function stepMessage(scenario: string, step: number, total: number): StepMessage {
  return { source: 'roundtrip', type: 'step', scenario, step, total };
}

export interface ResizeMessage {
  source: 'roundtrip';
  type: 'resize';
  /** The embed's content height in CSS pixels, a whole number. */
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { source: 'roundtrip', type: 'resize', height };
}

/** What H5P's resizer (h5p-resizer.js) says to a frame. */
export type H5pAction = 'ready' | 'hello' | 'resizePrepared' | 'resize';
const H5P_ACTIONS: readonly H5pAction[] = ['ready', 'hello', 'resizePrepared', 'resize'];

/**
 * The action of a message from H5P's resizer, or null. Its messages carry `context` and
 * `action` and, from some versions, data the embed does not read (`parentHeight`), so other
 * keys are allowed here; only the action is ever used.
 */
export function parseH5p(data: unknown): H5pAction | null {
  if (!isPlainObject(data) || data.context !== 'h5p') return null;
  return H5P_ACTIONS.find((a) => a === data.action) ?? null;
}

/** A message of H5P's protocol from the frame: `hello`, or a height in the resizer's words. */
export function h5pMessage(
  action: 'hello' | 'prepareResize' | 'resize',
  height?: number,
): Record<string, unknown> {
  if (action === 'hello') return { context: 'h5p', action };
  // h5p.js sends the body's scroll and client heights; the embed's content has one height.
  if (action === 'prepareResize') {
    return { context: 'h5p', action, scrollHeight: height, clientHeight: height };
  }
  return { context: 'h5p', action, scrollHeight: height };
}
