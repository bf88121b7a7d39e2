/** Which request a response answers, for what its notes and facts say of the two together. */
import type { HttpMessageRecord } from '../model';

/**
 * The request a response answers: the last request before it on the same connection (the
 * simulated client sends its next request only after the response, and a capture that starts
 * mid-connection may hold a response without its request). Undefined for a request.
 */
export function requestOf(
  messages: readonly HttpMessageRecord[],
  record: HttpMessageRecord,
): HttpMessageRecord | undefined {
  if (record.kind === 'request') return undefined;
  return messages
    .filter((m) => m.kind === 'request' && m.connection === record.connection && m.id < record.id)
    .at(-1);
}
