/**
 * What the explanations and the message view need to know of an HTTP message of the timeline,
 * read back from its bytes by the model's own parser (readMessage.ts): its status or method, how
 * its body is delimited (RFC 9112 §6.3), and what the parser tolerated (`deviations`).
 *
 * The parser is fetched with the simulator (app/lazyModel.ts), so every page but the first waits
 * for it before its first render. The first page shows no message at step 0; a reader who steps
 * to one before the parser is here sees the facts once it is (`useMessageFacts`).
 */
import { lazyOnce, useLazy } from '../lazyOnce';
import type * as Notes from '../message/notes';
import type { HttpMessageRecord, Timeline } from '../model';
import type { MessageFacts } from './readMessage';

export type { MessageFacts };

/** The parser, and what a message's lines mean (message/notes.ts). */
const parser = lazyOnce(() =>
  Promise.all([import('./readMessage'), import('../message/notes')]).then(([m, n]) => ({
    read: m.readMessage,
    notes: n,
  })),
);

/** Fetches the parser and the notes on the first call; rejects if a chunk cannot be fetched. */
export function loadMessageFacts(): Promise<unknown> {
  return parser.load();
}

/** What a message's lines mean, or null while it is on its way with the parser. */
export function lineNotes(): typeof Notes | null {
  return parser.now()?.notes ?? null;
}

const cache = new WeakMap<HttpMessageRecord, MessageFacts>();

/** The facts of `record`, or null while the parser is still on its way (`loadMessageFacts`). */
export function messageFacts(timeline: Timeline, record: HttpMessageRecord): MessageFacts | null {
  const known = cache.get(record);
  if (known) return known;
  const read = parser.now()?.read;
  if (!read) return null;
  const facts = read(timeline, record);
  cache.set(record, facts);
  return facts;
}

/**
 * Whether the parser is here, for a component that reads facts: it is drawn again when the
 * parser arrives (and fetches it, should nothing have yet).
 */
export function useMessageFacts(): boolean {
  return useLazy(parser) !== null;
}
