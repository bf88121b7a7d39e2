import { describe, expect, it } from 'vitest';
import { en } from '../strings/en';
import { timelineOf } from '../test-support/fixtures';
import { blockNote, fieldNote } from './notes';

describe('the notes of a message', () => {
  const response = timelineOf('get').messages[1];
  const body = response?.blocks.find((b) => b.kind === 'body');

  // RFC 9112 §6.3: the body ends by Content-Length, by the last chunk, or when the server closes.
  it('say where the body ends, as the message is framed', () => {
    if (!response || !body) throw new Error('no body');
    expect(blockNote(en, response, body, 'content-length')).toContain('Content-Length');
    expect(blockNote(en, response, body, 'chunked')).toContain('a chunk of size 0 ends it');
    expect(blockNote(en, response, body, 'until-close')).toContain('closes the connection');
  });

  it('explain a form’s Content-Type as form encoding', () => {
    expect(fieldNote(en, 'Content-Type', 'application/x-www-form-urlencoded')).toContain(
      'name=value pairs joined by &',
    );
    expect(fieldNote(en, 'content-type', 'text/html')).toBe(en['field.content-type']);
  });
});
