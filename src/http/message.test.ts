import { describe, expect, it } from 'vitest';
import { type HttpRequest, headerListValues, headerValue, headerValues } from './message';

const message: HttpRequest = {
  kind: 'request',
  method: 'GET',
  target: '/',
  version: 'HTTP/1.1',
  headers: [
    { name: 'Host', value: 'example.com' },
    { name: 'accept', value: 'text/html' },
    { name: 'ACCEPT', value: 'image/png, ,image/webp' },
  ],
  body: new Uint8Array(),
};

describe('header lookup', () => {
  it('finds a field whatever the case of its name (RFC 9110 §5.1)', () => {
    expect(headerValue(message, 'HOST')).toBe('example.com');
    expect(headerValue(message.headers, 'host')).toBe('example.com');
  });

  it('combines repeated fields with ", " in order (RFC 9110 §5.3)', () => {
    expect(headerValue(message, 'Accept')).toBe('text/html, image/png, ,image/webp');
    expect(headerValues(message, 'Accept')).toEqual(['text/html', 'image/png, ,image/webp']);
  });

  it('splits list fields and drops empty members (RFC 9110 §5.6.1)', () => {
    expect(headerListValues(message, 'accept')).toEqual(['text/html', 'image/png', 'image/webp']);
  });

  it('says undefined for an absent field', () => {
    expect(headerValue(message, 'Content-Length')).toBeUndefined();
    expect(headerValues(message, 'Content-Length')).toEqual([]);
  });
});
