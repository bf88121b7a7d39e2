/**
 * A Roundtrip timeline saved as JSON, read back: the JSON checked against `timeline.schema.json`
 * (the version included), so that a file that is not one is refused with where it goes wrong,
 * and one that is reopens exactly as it was saved.
 */
import { validateJson } from '../timeline/json-schema';
import { TIMELINE_SCHEMA } from '../timeline/schema';
import type { Timeline } from '../timeline/types';
import { positionAt, scanJson } from './json-locate';

export type TimelineJsonResult =
  | { ok: true; timeline: Timeline }
  | {
      ok: false;
      /** Where: the offset (line and column) of a syntax error, or the path of a wrong value. */
      offset: number | null;
      line: number | null;
      column: number | null;
      path: string;
      explanation: string;
    };

/** The file's text as a timeline, or why it is not one. */
export function readTimelineJson(input: string): TimelineJsonResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const scan = scanJson(text);
    const { offset, line, column } = positionAt(text, scan.error?.offset ?? 0);
    return {
      ok: false,
      offset,
      line,
      column,
      path: '',
      explanation: `This is not JSON: ${scan.error?.explanation ?? 'the text could not be read.'}`,
    };
  }
  const errors = validateJson(TIMELINE_SCHEMA, withCongestionFields(json));
  const first = errors[0];
  if (first) {
    return {
      ok: false,
      offset: null,
      line: null,
      column: null,
      path: first.path,
      explanation: `This is not a Roundtrip timeline (version 2): at ${first.path || 'the top'}, ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.`,
    };
  }
  return { ok: true, timeline: json as Timeline };
}

/**
 * A timeline saved before the simulator kept a congestion window (RFC 5681) has no `windowFull`
 * on its `data-sent` steps and no `cwnd` on its `ack-received` steps, nor a count of duplicate
 * ACKs on its `duplicate-ack-received` steps. No congestion window held
 * its sender back or changed, so they are 'none' and 'unchanged'; the words the explanation says
 * of those steps are the ones it said then. (The object parsed from the file is changed in place.)
 */
function withCongestionFields(json: unknown): unknown {
  const steps = (json as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return json;
  for (const step of steps) {
    const detail = (step as { detail?: unknown } | null)?.detail;
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) continue;
    const reason = (step as { reason?: unknown }).reason;
    if (reason === 'data-sent' && !('windowFull' in detail)) {
      Object.assign(detail, { windowFull: 'none' });
    }
    if (reason === 'ack-received' && !('cwnd' in detail))
      Object.assign(detail, { cwnd: 'unchanged' });
    // Before the TCB counted duplicate ACKs (RFC 5681 §3.2), none was counted and none arrived
    // in fast recovery: a duplicate ACK's words are its plain ones, as they were then.
    if (reason === 'duplicate-ack-received' && !('duplicateAcks' in detail))
      Object.assign(detail, { duplicateAcks: 0, fastRecovery: false });
  }
  return json;
}

/** A timeline as a file: the same JSON that `readTimelineJson` reads back. */
export function timelineJson(timeline: Timeline): string {
  return `${JSON.stringify(timeline)}\n`;
}
