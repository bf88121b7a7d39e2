import { describe, expect, it } from 'vitest';
import { sentLength } from './sentLength';

describe('sentLength', () => {
  it('says a GET without a body sends no Content-Length', () => {
    expect(sentLength({ method: 'GET', target: '/' }, 'a.example')).toEqual({ kind: 'none' });
  });

  it('gives the Content-Length sent: a body’s octets, or 0 for a POST without one', () => {
    expect(sentLength({ method: 'POST', target: '/', body: 'é=1' }, 'a')).toEqual({
      kind: 'content-length',
      n: 4,
    });
    expect(sentLength({ method: 'POST', target: '/' }, 'a')).toEqual({
      kind: 'content-length',
      n: 0,
    });
    expect(sentLength({ method: 'GET', target: '/', body: 'x' }, 'a')).toEqual({
      kind: 'content-length',
      n: 1,
    });
  });

  it('says Transfer-Encoding frames the body in place of Content-Length', () => {
    const spec = {
      method: 'POST',
      target: '/',
      headers: [['Transfer-Encoding', 'chunked']] as [string, string][],
      body: 'abc',
    };
    expect(sentLength(spec, 'a')).toEqual({ kind: 'transfer-encoding' });
  });
});
