/**
 * HTTP messages read from the reassembled streams: on the fixtures, the
 * request lines and status codes tshark's HTTP dissector found; on made-up
 * streams, keep-alive and pipelining cut at every place, HEAD and 1xx
 * responses, and every way reading stops (an error, a gap, the capture's
 * end), each located.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHttp } from './http-stream';
import { listConversations, readCapture } from './index';
import { type ByteStream, reassemble } from './reassembly';
import {
  captureFiles,
  fixtureBytes,
  readTsharkSummary,
  summaryFile,
} from './test-support/fixtures';

function httpOf(file: string) {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(result.error.explanation);
  return listConversations(result.packets).map((c) =>
    readHttp(reassemble(c.segments, 'client'), reassemble(c.segments, 'server')),
  );
}

/** A stream of `octets` brought by packets of the given sizes (frames 1, 2, …), FIN after the last unless `open`. */
function stream(octets: string, sizes: number[] = [octets.length], open = false): ByteStream {
  const chunks = [];
  let at = 0;
  for (const [i, size] of sizes.entries()) {
    chunks.push({ start: at, end: Math.min(octets.length, at + size), frame: i + 1 });
    at += size;
  }
  return {
    from: 'client',
    octets,
    end: octets.length,
    finAt: open ? null : octets.length,
    chunks: chunks.filter((c) => c.end > c.start),
    gaps: [],
    repeats: [],
    beforeStart: 0,
  };
}
const server = (s: ByteStream): ByteStream => ({ ...s, from: 'server' });
const none = stream('');

describe.each(captureFiles())('%s', (file) => {
  it('finds the requests and responses tshark found, with nothing left unread', () => {
    const rows = readTsharkSummary(summaryFile(file));
    const http = httpOf(file);
    const requests = http.flatMap((h) => h.requests.map((r) => r.startLine));
    const responses = http.flatMap((h) => h.responses.map((r) => r.status));
    expect(http.flatMap((h) => h.problems)).toEqual([]);
    if ('http.request.method' in (rows[0] ?? {})) {
      expect(requests).toEqual(
        rows
          .filter((r) => r['http.request.method'])
          .map(
            (r) =>
              `${r['http.request.method']} ${r['http.request.uri']} ${r['http.request.version']}`,
          ),
      );
      expect(responses).toEqual(
        rows.filter((r) => r['http.response.code']).map((r) => Number(r['http.response.code'])),
      );
    } else {
      // The scenario captures: one request and one response each, two on keep-alive and redirect.
      const two = /keep-alive|redirect-301/.test(file);
      expect(requests).toHaveLength(two ? 2 : 1);
      expect(responses).toHaveLength(two ? 2 : 1);
    }
  });
});

describe('readHttp on the fixtures', () => {
  it('pairs each response with its request, and names the packets that carried it', () => {
    const [h] = httpOf('keep-alive.pcapng');
    expect(h?.requests.map((r) => r.startLine)).toEqual(['GET / HTTP/1.1', 'GET / HTTP/1.1']);
    expect(h?.responses.map((r) => [r.startLine, r.answers])).toEqual([
      ['HTTP/1.1 200 OK', 0],
      ['HTTP/1.1 200 OK', 1],
    ]);
    expect(h?.responses[1]?.start).toBe(h?.responses[0]?.end);
  });

  it('gives each message its blocks, as the simulator does', () => {
    const [h] = httpOf('get.pcapng');
    const request = h?.requests[0];
    expect(request?.blocks.map((b) => b.kind)).toEqual([
      'start-line',
      'header',
      'header',
      'header',
      'header',
      'blank-line',
    ]);
    expect(request?.bytes.endsWith('\r\n\r\n')).toBe(true);
    expect(h?.responses[0]?.framing).toBe('content-length');
  });

  it('reads a response whose segment was retransmitted once', () => {
    const [h] = httpOf('retransmission-rto.pcapng');
    expect(h?.responses[0]?.frames).toEqual([6]);
  });
});

describe('readHttp on made-up streams', () => {
  const requests = [
    'GET /a HTTP/1.1\r\nHost: x\r\n\r\n',
    'POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello',
    'HEAD /c HTTP/1.1\r\nHost: x\r\n\r\n',
  ];
  const responses = [
    'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
    'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n',
    // A response to HEAD announces a length but has no body (RFC 9110 §9.3.2).
    'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n',
  ];

  it('splits pipelined requests and their responses wherever the segments cut them', () => {
    const client = requests.join('');
    const answers = responses.join('');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
        (sizes) => {
          const h = readHttp(
            stream(client, [...sizes, client.length]),
            server(stream(answers, [...sizes, answers.length])),
          );
          expect(h.problems).toEqual([]);
          expect(h.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'HEAD']);
          expect(h.responses.map((r) => [r.status, r.answers])).toEqual([
            [200, 0],
            [100, 1],
            [201, 1],
            [200, 2],
          ]);
          expect(h.requests.map((r) => r.bytes)).toEqual(requests);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('locates an error by stream offset, line and column in the message, and packet', () => {
    const bad = `${requests[0]}GET /d HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n`;
    const h = readHttp(stream(bad, [20, 20, 20, 100]), none);
    expect(h.requests).toHaveLength(1);
    const start = (requests[0] as string).length;
    expect(h.problems).toEqual([
      {
        code: 'invalid-field-name',
        from: 'client',
        kind: 'request',
        offset: start + 'GET /d HTTP/1.1\r\nHost: x\r\nBad'.length,
        line: 3,
        column: 4,
        frame: 3,
        explanation: expect.any(String),
      },
    ]);
  });

  it('stops at a gap, saying which octets are missing', () => {
    const full = requests.join('');
    const s = stream(full, [30, 10, 1000]);
    const gapped: ByteStream = {
      ...s,
      chunks: s.chunks.filter((c) => c.frame !== 2),
      gaps: [{ start: 30, end: 40, truncatedIn: null }],
    };
    const h = readHttp(gapped, none);
    expect(h.requests.map((r) => r.method)).toEqual(['GET']);
    expect(h.problems).toMatchObject([{ code: 'gap', offset: 30, frame: null }]);
    expect(h.problems[0]?.explanation).toContain('octets 30 to 39');
  });

  it('says when the capture ends inside a message before the FIN', () => {
    const h = readHttp(stream('GET /a HTTP/1.1\r\nHost: x\r\n', undefined, true), none);
    expect(h.problems).toMatchObject([{ code: 'capture-ends', kind: 'request' }]);
  });

  it('reads a body delimited by the close, and warns when the capture has no FIN', () => {
    const response = 'HTTP/1.0 200 OK\r\n\r\nall of it';
    const closed = readHttp(stream('GET / HTTP/1.0\r\n\r\n'), server(stream(response)));
    expect(closed.responses.map((r) => [r.framing, r.bytes])).toEqual([['until-close', response]]);
    expect(closed.problems).toEqual([]);
    const open = readHttp(
      stream('GET / HTTP/1.0\r\n\r\n'),
      server(stream(response, undefined, true)),
    );
    expect(open.problems).toMatchObject([{ code: 'until-close-unfinished', from: 'server' }]);
  });

  it('reads a long stream of small messages without reading it again for each', () => {
    const many = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(5000);
    const h = readHttp(stream(many, [1460]), none);
    expect(h.requests).toHaveLength(5000);
    expect(h.requests[4999]?.end).toBe(many.length);
  });
});
