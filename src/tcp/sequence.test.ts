import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seqAdd, seqDiff, seqGe, seqGt, seqInHalfOpen, seqLe, seqLt } from './sequence';

describe('sequence arithmetic modulo 2^32 (RFC 9293 §3.4)', () => {
  it('wraps: 2^32 − 1 + 1 = 0, and 0xffffffff comes before 0', () => {
    expect(seqAdd(0xffffffff, 1)).toBe(0);
    expect(seqLt(0xffffffff, 0)).toBe(true);
    expect(seqGt(5, 0xfffffff0)).toBe(true);
    expect(seqDiff(3, 0xfffffffe)).toBe(5);
  });

  it('orders a number and the same number plus n (0 < n < 2^31) the same way anywhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 0x7fffffff }),
        (a, n) => {
          const b = seqAdd(a, n);
          expect(seqLt(a, b)).toBe(true);
          expect(seqLe(a, b)).toBe(true);
          expect(seqGe(b, a)).toBe(true);
          expect(seqDiff(b, a)).toBe(n);
          expect(seqInHalfOpen(a, a, b)).toBe(true);
          expect(seqInHalfOpen(a, b, b)).toBe(false);
        },
      ),
    );
  });
});
