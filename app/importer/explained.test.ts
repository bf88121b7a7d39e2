/**
 * Every explanation a student can meet in the fixture captures: each step of each connection,
 * in every language, with no placeholder left unfilled and no value that is not one; and the
 * arrows of captured segments carry Wireshark's marks, as its Info column shows them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStep } from '../explain/describe';
import { loadMessageFacts } from '../explain/messageFacts';
import { loadExplainWords } from '../explain/words';
import { fieldNote } from '../message/notes';
import { type Catalogue, format, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { segmentLabel } from '../timeline/geometry';
import { listConversations, readCapture, timelineFromConversation } from './capture';
import { importStrings } from './strings';

const CAPTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'captures');
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));
await loadMessageFacts();
await loadExplainWords();

const timelines = readdirSync(CAPTURES)
  .filter((f) => /\.(pcap|pcapng)$/.test(f))
  .flatMap((file) => {
    const result = readCapture(new Uint8Array(readFileSync(join(CAPTURES, file))));
    return result.ok ? listConversations(result.packets).map(timelineFromConversation) : [];
  });

describe('captured sessions, explained', () => {
  it('every step reads whole in every language', () => {
    expect(timelines.length).toBeGreaterThan(17);
    const bad: string[] = [];
    for (const timeline of timelines) {
      for (const step of timeline.steps) {
        for (const { code } of LANGUAGES) {
          const d = describeStep(step, timeline, catalogues.get(code) as Catalogue, code);
          const text = `${d.what} ${d.why}`;
          if (/\{\w+\}|undefined|NaN/.test(text)) bad.push(`${code} ${step.reason}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('quotes an acknowledgment number only for a segment that carries ACK (RFC 9293 §3.1)', () => {
    const bad: string[] = [];
    for (const timeline of timelines) {
      for (const step of timeline.steps) {
        const seg = step.segmentIn === null ? undefined : timeline.segments[step.segmentIn];
        if (!seg || seg.flags.includes('ACK')) continue;
        for (const { code } of LANGUAGES) {
          const d = describeStep(step, timeline, catalogues.get(code) as Catalogue, code);
          if (d.pending || /\bAck=/.test(`${d.what} ${d.why}`)) bad.push(`${code}: ${d.what}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('explains every header field the fixtures carry in its own words, not the generic ones', () => {
    const names = new Set(
      timelines.flatMap((t) => t.messages.flatMap((m) => m.blocks.flatMap((b) => b.name ?? []))),
    );
    expect(names.size).toBeGreaterThan(10);
    for (const { code } of LANGUAGES) {
      const t = catalogues.get(code) as Catalogue;
      const generic = [...names].filter(
        (name) => fieldNote(t, name) === format(t, 'field.generic', { name }),
      );
      expect(generic, code).toEqual([]);
    }
  });

  it("marks arrows with Wireshark's Info, and explains every flag the fixtures carry", () => {
    const flagged = timelines.flatMap((t) => t.segments).filter((s) => s.captured?.info);
    expect(flagged.length).toBeGreaterThan(0);
    for (const seg of flagged) {
      expect(segmentLabel(seg, 'relative').startsWith(seg.captured?.info ?? '?')).toBe(true);
      for (const flag of seg.captured?.analysis ?? []) {
        for (const { code } of LANGUAGES)
          expect(importStrings[code]).toHaveProperty(`flag.${flag}`);
      }
    }
  });
});
