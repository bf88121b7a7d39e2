/**
 * A message block's steps, one table each: the reason of the step that writes it and of the
 * step that parses it, and the phase it belongs to in the sources' two models (docs/sources.md;
 * rule 1 of src/session/phase.ts). The simulator and the capture importer name and place a
 * block's steps alike, so that every view explains a captured session as it does a simulated one.
 */
import type { StepReason } from './reasons';
import type { MessageBlockKind, Phase } from './types';

/** The reasons of message steps: a block written or parsed. */
export type BlockReason = Extract<StepReason, `${string}-written` | `${string}-parsed`>;

type ByBlock<T> = Record<'request' | 'response', Record<MessageBlockKind, T>>;

export const BLOCK_WRITTEN: ByBlock<BlockReason> = {
  request: {
    'start-line': 'request-line-written',
    header: 'request-header-written',
    'blank-line': 'request-blank-line-written',
    body: 'request-body-written',
  },
  response: {
    'start-line': 'status-line-written',
    header: 'response-header-written',
    'blank-line': 'response-blank-line-written',
    body: 'response-body-written',
  },
};

export const BLOCK_PARSED: ByBlock<BlockReason> = {
  request: {
    'start-line': 'request-line-parsed',
    header: 'request-header-parsed',
    'blank-line': 'request-blank-line-parsed',
    body: 'request-body-parsed',
  },
  response: {
    'start-line': 'status-line-parsed',
    header: 'response-header-parsed',
    'blank-line': 'response-blank-line-parsed',
    body: 'response-body-parsed',
  },
};

/**
 * MDN's phase 2 is the request and 3 the response; the seven steps give the request line (2),
 * the request's headers, blank line and body (3), the status line (4), the response's headers
 * and blank line (5) and its body (6).
 */
export const BLOCK_PHASES: ByBlock<Phase> = {
  request: {
    'start-line': { mdn: 2, sevenStep: 2 },
    header: { mdn: 2, sevenStep: 3 },
    'blank-line': { mdn: 2, sevenStep: 3 },
    body: { mdn: 2, sevenStep: 3 },
  },
  response: {
    'start-line': { mdn: 3, sevenStep: 4 },
    header: { mdn: 3, sevenStep: 5 },
    'blank-line': { mdn: 3, sevenStep: 5 },
    body: { mdn: 3, sevenStep: 6 },
  },
};
