import { describe, expect, it } from 'vitest';
import { ipv6Text } from './ip';

function parse(text: string): Uint8Array {
  // Test helper: expands "::" and reads the eight groups.
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return Uint8Array.from(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
}

describe('IPv6 addresses as text (RFC 5952)', () => {
  it.each([
    ['0:0:0:0:0:0:0:1', '::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['2001:db8:0:0:0:0:2:1', '2001:db8::2:1'],
    // §4.2.2: a single zero group is not shortened.
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    // §4.2.3: the longest run wins; of equal runs, the first.
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    // §4.1, §4.3: no leading zeros, lower case.
    ['2001:0DB8:00AA:0:0:0:0:000F', '2001:db8:aa::f'],
    ['fe80:0:0:0:0:0:0:0', 'fe80::'],
  ])('%s → %s', (input, expected) => {
    expect(ipv6Text(parse(input), 0)).toBe(expected);
  });

  it('§5: an IPv4-mapped address keeps its dotted quad', () => {
    const bytes = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1]);
    expect(ipv6Text(bytes, 0)).toBe('::ffff:192.0.2.1');
  });
});
