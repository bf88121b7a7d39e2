import { describe, expect, it } from 'vitest';
import { en } from '../strings/en';
import { zhCN } from '../strings/zh-CN';
import { zhTW } from '../strings/zh-TW';
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

  // The WHATWG URL standard's application/x-www-form-urlencoded serializer, which browsers and
  // URLSearchParams use, writes a space as "+": the note says so, in each language.
  it('say how a browser writes a space in a form, as URLSearchParams does', () => {
    const space = new URLSearchParams([['a', ' ']]).toString().slice(2);
    expect(space).toBe('+');
    const form = 'application/x-www-form-urlencoded';
    expect(fieldNote(en, 'Content-Type', form)).toContain(`writes a space as ${space}`);
    expect(fieldNote(zhCN, 'Content-Type', form)).toContain(`把空格写成 ${space}`);
    expect(fieldNote(zhTW, 'Content-Type', form)).toContain(`把空格寫成 ${space}`);
    for (const t of [en, zhCN, zhTW]) {
      expect(fieldNote(t, 'Content-Type', form)).not.toMatch(/space is %20|空格是 %20/);
    }
  });
});
