/**
 * The chooser's counts of one, on four-conversations.pcapng, whose one UDP packet (packet 23) the
 * dialog called "1 packets, the first is packet 23".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../strings';
import { formatNumber } from '../strings/intl';
import { readCapture } from './capture';
import { countWords, otherTrafficText } from './counts';
import { importStrings } from './strings';

const file = resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'captures',
  'four-conversations.pcapng',
);
const result = readCapture(new Uint8Array(readFileSync(file)));
if (!result.ok) throw new Error('four-conversations.pcapng reads');
const { other } = result;

describe('counted words', () => {
  it('the capture holds three ICMP packets and one UDP packet', () => {
    expect(other).toEqual([
      { protocol: 'ICMP', packets: 3, firstFrame: 11 },
      { protocol: 'UDP', packets: 1, firstFrame: 23 },
    ]);
  });

  it('English says one packet in the singular, and several in the plural', () => {
    const s = importStrings.en;
    expect(otherTrafficText(s, 'en', other, (x) => formatNumber('en', x))).toBe(
      'Not TCP, not shown: ICMP (3 packets, the first is packet 11), UDP (1 packet: packet 23).',
    );
    expect(countWords(s, 'packets', 1)).toBe('{n} packet');
    expect(countWords(s, 'skipped', 1)).toMatch(/^\{n\} packet could .* was skipped/);
  });

  it('no language calls a lone packet "the first"', () => {
    for (const { code: lang } of LANGUAGES) {
      const text = otherTrafficText(importStrings[lang], lang, other, (x) => formatNumber(lang, x));
      const udp = text.slice(text.indexOf('UDP'));
      expect(udp, lang).toContain('23');
      expect(udp, lang).not.toMatch(/first|第一/);
      expect(countWords(importStrings[lang], 'skipped', 1), lang).not.toMatch(/first|第一/);
    }
  });

  it('Chinese lists the protocols with 、', () => {
    for (const lang of ['zh-CN', 'zh-TW'] as const) {
      const text = otherTrafficText(importStrings[lang], lang, other, (x) => formatNumber(lang, x));
      expect(text, lang).toMatch(/^以下不是 TCP，未[显顯]示：ICMP（3 .*）、UDP（1 .*第 23 .*）。$/);
    }
  });
});
