import { SCENARIOS } from '../../scenarios';
import type { Scenario } from '../../scenarios/types';

/**
 * `large-response` with the server's third data segment dropped, as the workshop builds it: the
 * segments sent after it draw duplicate ACKs from the client, and the third makes the server
 * resend it at once (fast retransmit, RFC 5681 §3.2). The tests of the model, the words, the
 * quiz, the moments and the Timing panel all read this one session.
 */
export const THIRD_SEGMENT_LOST: Scenario = {
  ...(SCENARIOS.find((s) => s.id === 'large-response') as Scenario),
  impairments: { drop: [{ from: 'server', what: 'data', nth: 3 }] },
};
