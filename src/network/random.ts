/**
 * A seeded pseudo-random generator: SplitMix32 (the 32-bit variant of
 * Steele, Lea and Flood's SplitMix, as in Vigna's splitmix and the "prng"
 * collections). Small, fast, and the same numbers on every JavaScript engine,
 * so a scenario and a seed always give the same timeline (never the global generator).
 */
export interface Random {
  /** An unsigned 32-bit integer. */
  nextUint32(): number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [low, high], both included. */
  int(low: number, high: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return {
    nextUint32,
    next: () => nextUint32() / 0x1_0000_0000,
    int: (low, high) => low + Math.floor((nextUint32() / 0x1_0000_0000) * (high - low + 1)),
  };
}

/** An independent stream for one purpose (ISNs, loss…), so that drawing from one never shifts another. */
export function deriveRandom(seed: number, purpose: number): Random {
  return createRandom(Math.imul(seed >>> 0, 0x27d4eb2d) ^ Math.imul(purpose + 1, 0x165667b1));
}
