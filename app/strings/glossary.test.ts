/**
 * The Chinese catalogues against the glossary (app/strings/glossary.ts, shown in
 * docs/glossary.md): each region's words, none of the words it must not use, none of the other
 * region's words or characters, and the house rules of Chinese text that a reader notices first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_STRINGS } from '../test-support/featureStrings';
import { SPACE_BY_FULL_WIDTH } from '../test-support/fullWidth';
import { en } from './en';
import {
  ALLOWED,
  type ChineseRegion,
  FULL_WIDTH_PREFIX_END,
  GLOSSARY,
  type GlossaryEntry,
  OTHER_SCRIPT,
  STEP_PREFIX_KEY,
} from './glossary';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

const CATALOGUES = { 'zh-CN': zhCN, 'zh-TW': zhTW } as const;
const REGIONS = ['zh-CN', 'zh-TW'] as const satisfies readonly ChineseRegion[];
const other = (r: ChineseRegion): ChineseRegion => (r === 'zh-CN' ? 'zh-TW' : 'zh-CN');

// Keys that hold protocol tokens only (as in strings.test.ts): nothing Chinese to check.
const TOKENS = /^(app\.title|lang\.|rfc\.|token\.)/;
const HAN = /\p{Script=Han}/u;

/**
 * The region's Chinese strings, each with its key: the main catalogue's and those of every view
 * loaded on first use (app/strings/feature.ts), named `file#export:key`.
 */
function texts(region: ChineseRegion): [string, string][] {
  const views = FEATURE_STRINGS.flatMap(({ name, strings }) =>
    Object.entries(strings[region]).map(([key, value]): [string, string] => [
      `${name}:${key}`,
      value,
    ]),
  );
  return [...Object.entries(CATALOGUES[region]), ...views].filter(
    ([key]) => !TOKENS.test(key.slice(key.lastIndexOf(':') + 1)),
  );
}

/** The Chinese words of a cell such as 「CR LF（回车、换行）」 or 「被动打开 / 主动打开」. */
const hanWords = (use: string) => use.match(/\p{Script=Han}+/gu) ?? [];

/**
 * Every word a region's catalogue must not use, with the glossary row that says so: its own
 * "not in" column, and the other region's words that it does not share.
 */
function forbidden(region: ChineseRegion): { word: string; entry: GlossaryEntry }[] {
  return GLOSSARY.flatMap((entry) => {
    const own = new Set(hanWords(entry[region].use));
    const theirs = hanWords(entry[other(region)].use).filter((w) => !own.has(w));
    return [...entry[region].avoid, ...theirs].map((word) => ({ word, entry }));
  });
}

/** A string with the allowed compounds blanked out, so that 連接埠 does not count as 連接. */
function withoutAllowed(region: ChineseRegion, text: string): string {
  return ALLOWED[region].reduce((s, word) => s.replaceAll(word, '□'), text);
}

describe.each(REGIONS)('the %s catalogue', (region) => {
  it('uses none of the words the glossary keeps out of it, nor the other region’s', () => {
    const words = forbidden(region);
    const found = texts(region).flatMap(([key, value]) => {
      const text = withoutAllowed(region, value);
      return words
        .filter(({ word }) => text.includes(word))
        .map(({ word, entry }) => `${key}: ${word} (${entry.en}: ${entry[region].use})`);
    });
    expect([...new Set(found)]).toEqual([]);
  });

  it('is written in its own script', () => {
    const found = texts(region).flatMap(([key, value]) =>
      [...value].filter((c) => OTHER_SCRIPT[region].includes(c)).map((c) => `${key}: ${c}`),
    );
    expect(found).toEqual([]);
  });

  it('names the handshake and the teardown by this region’s names', () => {
    const all = texts(region)
      .map(([, v]) => v)
      .join('\n');
    const missing = GLOSSARY.filter((e) => e.named && !all.includes(e[region].use)).map(
      (e) => `${e.en}: ${e[region].use}`,
    );
    expect(missing).toEqual([]);
  });

  it('names the endpoint instead of saying 它', () => {
    const found = texts(region)
      .filter(([, v]) => v.includes('它'))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  // Where the glossary knows a tool's Chinese name, it is the word for what the tool's English
  // name says: the Timing panel, which compares how long a page takes to load three ways, was
  // called 往返时间, the round-trip time.
  it('names each tool by a word that means its English name', () => {
    const termOf = new Map(GLOSSARY.map((entry) => [entry[region].use, entry.en]));
    const misnamed = Object.entries(CATALOGUES[region])
      .filter(([key]) => key.startsWith('header.'))
      .flatMap(([key, name]) => {
        const term = termOf.get(name);
        const english = en[key as keyof typeof en].toLowerCase();
        return term === undefined || term.replace(/ \(.*\)$/, '') === english
          ? []
          : [`${key}: ${name} is "${term}", not "${english}"`];
      });
    expect(misnamed).toEqual([]);
  });

  // Figure 5's endpoint markers are one character: the first of the endpoint's name in this
  // region, as the lanes name it (zh-TW's were Latin C and S).
  it('marks the endpoints in Figure 5 with the first character of their names', () => {
    const markers = (['client', 'server'] as const).map((endpoint) => {
      const entry = GLOSSARY.find((e) => e.en === endpoint);
      return [
        CATALOGUES[region][`token.marker.${endpoint}`],
        hanWords(entry?.[region].use ?? '')[0]?.[0],
      ];
    });
    for (const [marker, first] of markers) {
      expect(marker).toMatch(/^\p{Script=Han}$/u);
      expect(marker).toBe(first);
    }
  });

  it('ends the step prefix with full-width punctuation', () => {
    expect(CATALOGUES[region][STEP_PREFIX_KEY]).toMatch(FULL_WIDTH_PREFIX_END);
  });

  it('puts full-width punctuation next to Chinese text, and a space between it and Latin', () => {
    // Placeholders are filled with Chinese or with tokens, so they count as neither.
    const bare = (v: string) => v.replace(/\{\w+\}/g, ' ');
    const asciiPunctuation = /\p{Script=Han}[,.:;!?()"]|[,.:;!?()"]\p{Script=Han}/u;
    const unspaced = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
    const found = texts(region).flatMap(([key, value]) => {
      const v = bare(value);
      return [
        ...(asciiPunctuation.test(v) ? [`${key}: ASCII punctuation`] : []),
        ...(unspaced.test(v) ? [`${key}: no space around Latin`] : []),
      ];
    });
    expect(found).toEqual([]);
  });

  it('puts no space next to full-width punctuation, which carries its own', () => {
    // The quiz's feedback joins its sentences with `sentences` (app/strings/index.ts), which adds
    // none in Chinese; a catalogue string must not bring one of its own either.
    const found = texts(region)
      .filter(([, value]) => SPACE_BY_FULL_WIDTH.test(value))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });
});

describe('the glossary', () => {
  it('is the table docs/glossary.md shows, row by row', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/glossary.md'), 'utf8');
    const lines = doc.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| English | zh-CN |'));
    expect(header).toBeGreaterThan(-1);
    const rows: string[][] = [];
    for (const line of lines.slice(header + 2)) {
      if (!line.startsWith('|')) break;
      rows.push(
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    }
    const list = (words: readonly string[]) => (words.length ? words.join('、') : '—');
    const expected = GLOSSARY.map((e) => [
      `${e.en}${e.named ? ' ★' : ''}`,
      ...REGIONS.flatMap((r) => [e[r].use, e[r].source, list(e[r].avoid)]),
    ]);
    expect(rows).toEqual(expected);
  });

  it('keeps each region’s word out of its own "not in" column', () => {
    const clashes = GLOSSARY.flatMap((e) =>
      REGIONS.flatMap((r) =>
        e[r].avoid.filter((w) => hanWords(withoutAllowed(r, e[r].use)).some((u) => u.includes(w))),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it('writes each region’s words in its own script', () => {
    const found = GLOSSARY.flatMap((e) =>
      REGIONS.flatMap((r) =>
        [...e[r].use].filter((c) => HAN.test(c) && OTHER_SCRIPT[r].includes(c)),
      ),
    );
    expect(found).toEqual([]);
  });
});
