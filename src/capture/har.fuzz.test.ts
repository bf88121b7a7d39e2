/**
 * Property tests of the HAR reader (fast-check): no text makes it throw;
 * every error and warning points inside the text; and the scanner that
 * locates JSON errors agrees with JSON.parse on what is JSON. A short budget
 * by default; `npm run fuzz` runs it with FUZZ_RUNS=20000.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHar } from './har';
import { scanJson } from './json-locate';
import { FIXTURES } from './test-support/fixtures';

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const timeout = Math.max(5_000, numRuns * 5);
const fixture = readFileSync(join(FIXTURES, 'har.har'), 'utf8');

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function checkShape(text: string) {
  const result = parseHar(text);
  const inside = (p: { offset: number; line: number; column: number }) => {
    expect(p.offset).toBeGreaterThanOrEqual(0);
    expect(p.offset).toBeLessThanOrEqual(text.length);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
  };
  if (result.ok) result.warnings.forEach(inside);
  else inside(result.error);
}

describe('fuzz: the HAR reader', () => {
  it(
    'never throws, and locates what it reports, on random text and random JSON',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.json(),
            fc.jsonValue().map((v) => JSON.stringify({ log: { entries: [v] } })),
          ),
          checkShape,
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'never throws on mutations of a real HAR',
    () => {
      fc.assert(
        fc.property(
          fc.nat(),
          fc.nat({ max: 40 }),
          fc.string({ maxLength: 4 }),
          (at, cut, insert) => {
            const i = at % fixture.length;
            checkShape(fixture.slice(0, i) + insert + fixture.slice(i + cut));
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'finds a JSON error exactly when JSON.parse does',
    () => {
      const near = fc.json().chain((json) =>
        fc
          .tuple(fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', ' x'))
          .map(([at, junk]) => {
            const i = at % (json.length + 1);
            return json.slice(0, i) + junk + json.slice(i);
          }),
      );
      fc.assert(
        fc.property(fc.oneof(fc.string(), near), (text) => {
          expect(scanJson(text).error === null).toBe(isJson(text));
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
