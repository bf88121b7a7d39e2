/**
 * One conversation, made ready to explain: its two byte streams, the HTTP
 * messages in them, and each end's TCP states. What the importer maps onto a
 * timeline (segments, messages and their blocks, state changes and notes).
 */
import type { Endpoint } from '../timeline/types';
import type { Conversation } from './conversation';
import { type HttpInCapture, readHttp } from './http-stream';
import { type ByteStream, reassemble } from './reassembly';
import { inferStates, type StateInference } from './tcp-states';

export interface ExplainedConversation {
  conversation: Conversation;
  streams: Record<Endpoint, ByteStream>;
  http: HttpInCapture;
  states: StateInference;
}

export function explainConversation(conversation: Conversation): ExplainedConversation {
  const client = reassemble(conversation.segments, 'client');
  const server = reassemble(conversation.segments, 'server');
  return {
    conversation,
    streams: { client, server },
    http: readHttp(client, server),
    states: inferStates(conversation),
  };
}
