/**
 * Which phase of a session a step belongs to, in both of the seeds' models:
 * MDN's three phases (1 connect, 2 request, 3 response; null for the
 * teardown, which MDN does not count) and the seven steps of the Chinese
 * articles (1 TCP connect, 2 request line, 3 request headers, blank line and
 * body, 4 status line, 5 response headers and blank line, 6 response body,
 * 7 close).
 *
 * Rules, in order (the first that applies wins):
 * 1. A message step: the block's phase.
 * 2. An app call: connect → 1/1, close → teardown (null/7), redirect → 2/null.
 * 3. A step whose segment carries message octets: the phase of the last block it carries.
 * 4. A RST, or the old duplicate SYN of Figure 8, during the opening: 1/null (no step fits).
 * 5. A SYN in or out, or SYN-RECEIVED → ESTABLISHED: 1/1.
 * 6. A FIN in or out, an ACK of a FIN, a closing state entered, TIME-WAIT's timer: null/7.
 * 7. An ACK of message octets: the phase of the last block it acknowledges.
 * 8. Otherwise the phase of the connection's previous step.
 */
import type { MessageBlockKind, Phase } from '../timeline/types';

export const NO_PHASE: Phase = { mdn: null, seven: null };
export const CONNECT: Phase = { mdn: 1, seven: 1 };
export const TEARDOWN: Phase = { mdn: null, seven: 7 };
export const REFUSAL: Phase = { mdn: 1, seven: null };
export const REDIRECT: Phase = { mdn: 2, seven: null };

/** Rule 1, as a table: the phase of each block of a request and of a response. */
const BLOCK_PHASES: Record<'request' | 'response', Record<MessageBlockKind, Phase>> = {
  request: {
    'start-line': { mdn: 2, seven: 2 },
    header: { mdn: 2, seven: 3 },
    'blank-line': { mdn: 2, seven: 3 },
    body: { mdn: 2, seven: 3 },
  },
  response: {
    'start-line': { mdn: 3, seven: 4 },
    header: { mdn: 3, seven: 5 },
    'blank-line': { mdn: 3, seven: 5 },
    body: { mdn: 3, seven: 6 },
  },
};

/** One shared object per phase, like the constants above: steps only read their phase. */
export function phaseOfBlock(kind: 'request' | 'response', block: MessageBlockKind): Phase {
  return ofBlock(kind, block, BLOCK_PHASES);
}

/**
 * `table[kind][block]`, each read by name. A computed key that varies (four block kinds, two
 * message kinds) makes V8's property read megamorphic, about ten times a field load, and every
 * step reads a table like this (see Ends, src/network/ends.ts).
 */
export function ofBlock<T>(
  kind: 'request' | 'response',
  block: MessageBlockKind,
  table: Record<'request' | 'response', Record<MessageBlockKind, T>>,
): T {
  const byBlock = kind === 'request' ? table.request : table.response;
  switch (block) {
    case 'start-line':
      return byBlock['start-line'];
    case 'header':
      return byBlock.header;
    case 'blank-line':
      return byBlock['blank-line'];
    case 'body':
      return byBlock.body;
  }
}
