import { describe, expect, it } from 'vitest';
import type { HttpHeader, HttpVersion } from './message';
import { connectionOptions, isPersistent } from './persistence';

const connection = (value: string): HttpHeader[] => [{ name: 'Connection', value }];

describe('isPersistent (RFC 9112 §9.3)', () => {
  it.each<[HttpVersion, HttpHeader[], boolean, string]>([
    ['HTTP/1.1', [], true, 'HTTP/1.1 persists by default'],
    ['HTTP/1.1', connection('close'), false, 'close ends it'],
    ['HTTP/1.1', connection('Close'), false, 'options are case-insensitive'],
    ['HTTP/1.1', connection('keep-alive'), true, 'keep-alive changes nothing in HTTP/1.1'],
    ['HTTP/1.1', connection('Upgrade, close'), false, 'close anywhere in the list'],
    [
      'HTTP/1.1',
      [...connection('TE'), ...connection(' CLOSE ')],
      false,
      'over several field lines',
    ],
    ['HTTP/1.1', connection('closed'), true, 'a token, not a substring'],
    ['HTTP/1.0', [], false, 'HTTP/1.0 closes by default'],
    ['HTTP/1.0', connection('keep-alive'), true, 'HTTP/1.0 keep-alive persists'],
    ['HTTP/1.0', connection('Keep-Alive'), true, 'as MDN’s 301 writes it'],
    ['HTTP/1.0', connection('keep-alive, close'), false, 'close wins over keep-alive'],
    [
      'HTTP/1.0',
      [{ name: 'Keep-Alive', value: 'timeout=15' }],
      false,
      'the Keep-Alive field is not the option',
    ],
  ])('%s %j → %s (%s)', (version, headers, expected) => {
    expect(isPersistent({ version, headers })).toBe(expected);
  });

  it('uses the version given in place of the message’s', () => {
    const message = { version: 'HTTP/1.1' as const, headers: [] };
    expect(isPersistent(message, 'HTTP/1.0')).toBe(false);
  });

  it('lists the connection options lower-cased, empty members dropped', () => {
    expect(connectionOptions({ headers: connection(' Keep-Alive ,, Upgrade') })).toEqual([
      'keep-alive',
      'upgrade',
    ]);
  });
});
