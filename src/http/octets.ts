/**
 * Where the byte arrays of a message live. A message head, a small body or a
 * parser's input is a few hundred octets, and V8 gives every Uint8Array above
 * 64 octets a backing store of its own: a zeroed allocation outside the heap,
 * plus an extension that the garbage collector tracks and sweeps. That made
 * the five such arrays of a simulated GET its dearest allocations (about a
 * quarter of a microsecond each, ten times a view of an existing buffer).
 *
 * So small arrays are views into one shared slab, handed out in order and
 * never reused: each view is zeroed (as `new Uint8Array(length)` is) and no
 * two overlap. A slab lives as long as any view of it; a new one is started
 * when it is full. Only the memory is shared, never a value, so nothing that
 * is computed depends on it. Callers get an ordinary Uint8Array of exactly
 * `length` octets; its `buffer` is the slab, so no code here reads `buffer`.
 */

/** Above this, an array gets a backing store of its own, as V8 would give it. */
const SMALL = 4096;
const SLAB_SIZE = 64 * 1024;

let slab = new ArrayBuffer(SLAB_SIZE);
let used = 0;

/** A zeroed Uint8Array of `length` octets. */
export function newOctets(length: number): Uint8Array<ArrayBuffer> {
  if (length > SMALL) return new Uint8Array(length);
  if (used + length > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    used = 0;
  }
  const octets = new Uint8Array(slab, used, length);
  used += length;
  return octets;
}
