/**
 * Property tests of the capture reader (fast-check): no input at all makes it
 * throw, and every result is well-formed (random bytes, random bytes behind a
 * valid header, random pcapng blocks, mutations of the real fixtures, random
 * frames of every link type). A short budget by default; `npm run fuzz` runs it
 * with FUZZ_RUNS=20000. Every describe name contains "fuzz" so that
 * `vitest -t fuzz` selects it. A failure found here becomes a named test in
 * errors.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaptureResult, readCapture } from './index';
import { captureFiles, fixtureBytes } from './test-support/fixtures';
import { readInChunks } from './test-support/raw';
import {
  block,
  concat,
  interfaceBlock,
  sectionHeader,
  writePcap,
  writePcapng,
} from './test-support/writers';

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
/** Vitest's 5 s default is for the short budget; a long run gets time in proportion. */
const timeout = Math.max(5_000, numRuns * 5);

const getPcap = fixtureBytes('get.pcap');

/** What every result must satisfy, whatever the input. */
function checkShape(result: CaptureResult, input: Uint8Array) {
  if (!result.ok) {
    expect(result.error.offset).toBeGreaterThanOrEqual(0);
    expect(result.error.offset).toBeLessThanOrEqual(input.length);
    expect(result.error.explanation.length).toBeGreaterThan(0);
    return;
  }
  for (const w of result.warnings) {
    expect(w.offset).toBeGreaterThanOrEqual(0);
    expect(w.offset).toBeLessThanOrEqual(input.length);
  }
  if (result.damage) {
    expect(result.damage.offset).toBeGreaterThanOrEqual(0);
    expect(result.damage.offset).toBeLessThanOrEqual(input.length);
    expect(result.damage.explanation.length).toBeGreaterThan(0);
  }
  expect(result.warnings.length).toBeLessThanOrEqual(result.warningCount);
  for (const p of result.packets) {
    expect(p.payload.length).toBeLessThanOrEqual(Math.max(p.length, 0));
    expect(Number.isFinite(p.time)).toBe(true);
  }
}

const fixtures = captureFiles().map((f) => fixtureBytes(f));

describe('fuzz: no input makes the capture reader throw', () => {
  it(
    'random bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
          checkShape(readCapture(bytes), bytes);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'random bytes behind a valid pcap or pcapng header',
    () => {
      const pcapHeader = getPcap.subarray(0, 24);
      const pcapngHeader = concat([sectionHeader(false), interfaceBlock(false, 1, null)]);
      fc.assert(
        fc.property(fc.boolean(), fc.uint8Array({ maxLength: 512 }), (ng, tail) => {
          const bytes = concat([ng ? pcapngHeader : pcapHeader, tail]);
          checkShape(readCapture(bytes), bytes);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'well-framed pcapng blocks of random types and bodies',
    () => {
      const blockArb = fc.record({
        type: fc.constantFrom(1, 2, 3, 6, 0x0a0d0d0a, 4, 5, 0xbad),
        body: fc.uint8Array({ maxLength: 120 }),
      });
      fc.assert(
        fc.property(fc.boolean(), fc.array(blockArb, { maxLength: 8 }), (little, blocks) => {
          const bytes = concat([
            sectionHeader(little),
            interfaceBlock(little, 1, 9),
            ...blocks.map(({ type, body }) => block(little, type, (b) => b.raw(body))),
          ]);
          checkShape(readCapture(bytes), bytes);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'mutations of the real captures: flipped bytes, cuts, splices',
    () => {
      const mutation = fc.record({
        fixture: fc.nat({ max: fixtures.length - 1 }),
        flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        cut: fc.option(fc.nat()),
        splice: fc.option(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 }))),
      });
      fc.assert(
        fc.property(mutation, ({ fixture, flips, cut, splice }) => {
          let bytes: Uint8Array = Uint8Array.from(fixtures[fixture] ?? new Uint8Array());
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          if (splice) {
            const at = splice[0] % bytes.length;
            bytes = concat([bytes.subarray(0, at), splice[1], bytes.subarray(at)]);
          }
          if (cut !== null) bytes = bytes.subarray(0, cut % (bytes.length + 1));
          const whole = readCapture(bytes);
          checkShape(whole, bytes);
          // Fed in chunks, the same file reads the same, damage included.
          expect(readInChunks(bytes, 1 + (bytes.length % 97))).toEqual(whole);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'random frames of every link type, in pcap and pcapng',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(0, 1, 101, 108, 113, 228, 229, 276),
          fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 6 }),
          fc.boolean(),
          (linkType, frames, ng) => {
            const packets = frames.map((data) => ({ data, seconds: 0, nanos: 0 }));
            const bytes = ng
              ? writePcapng(packets, { linkType })
              : writePcap(packets, { linkType });
            const result = readCapture(bytes);
            checkShape(result, bytes);
            // Sound containers: every frame is a segment, another protocol, or a warning.
            if (!result.ok) throw new Error(result.error.explanation);
            const other = result.other.reduce((n, o) => n + o.packets, 0);
            const skipped = result.warnings.filter((w) => w.frame !== null).length;
            expect(result.packets.length + other + skipped).toBe(frames.length);
            expect(result.frames).toBe(frames.length);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});
