/**
 * Sequence number arithmetic (RFC 9293 §3.4).
 *
 * RFC 9293 §3.4: "It is essential to remember that the actual sequence number
 * space is finite, though very large. This space ranges from 0 to 2**32 - 1.
 * Since the space is finite, all arithmetic dealing with sequence numbers must
 * be performed modulo 2**32. This unsigned arithmetic preserves the
 * relationship of sequence numbers as they cycle from 2**32 - 1 to 0 again."
 *
 * Comparisons use the signed 32-bit distance, so `seqLt(0xffffffff, 0)` holds:
 * a number is "less" than another when it lies less than 2^31 before it.
 */

/** `a + n` modulo 2^32, as an unsigned 32-bit number. */
export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

/** The signed distance `a - b` in (-2^31, 2^31]. */
export function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

export function seqLt(a: number, b: number): boolean {
  return seqDiff(a, b) < 0;
}

export function seqLe(a: number, b: number): boolean {
  return seqDiff(a, b) <= 0;
}

export function seqGt(a: number, b: number): boolean {
  return seqDiff(a, b) > 0;
}

export function seqGe(a: number, b: number): boolean {
  return seqDiff(a, b) >= 0;
}

/** `low <= x < high` in sequence space. */
export function seqInHalfOpen(low: number, x: number, high: number): boolean {
  return seqLe(low, x) && seqLt(x, high);
}
