/**
 * The discrete-event scheduler: a priority queue ordered by (virtual time,
 * sequence number). Events at the same time run in the order they were
 * scheduled, so the simulation is deterministic. There is no wall clock: time
 * is whatever the next event says.
 */
interface Entry<E> {
  time: number;
  seq: number;
  event: E;
}

export class Scheduler<E> {
  private heap: Entry<E>[] = [];
  private counter = 0;
  private clock = 0;

  /** The virtual time of the event being processed (ms). */
  get now(): number {
    return this.clock;
  }

  get size(): number {
    return this.heap.length;
  }

  /** Schedule `event` at virtual time `time` (never before now). */
  at(time: number, event: E): void {
    if (time < this.clock)
      throw new Error(`cannot schedule at ${time}, before now (${this.clock})`);
    const entry = { time, seq: this.counter++, event };
    this.heap.push(entry);
    this.up(this.heap.length - 1);
  }

  /** Remove and return the earliest event, advancing the clock to its time; undefined when empty. */
  next(): { readonly time: number; readonly event: E } | undefined {
    const top = this.heap[0];
    if (top === undefined) return undefined;
    const last = this.heap.pop() as Entry<E>;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    this.clock = top.time;
    // The entry itself, no longer in the heap: read-only to the caller.
    return top;
  }

  private before(a: Entry<E>, b: Entry<E>): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const a = h[i] as Entry<E>;
      const p = h[parent] as Entry<E>;
      if (!this.before(a, p)) break;
      h[i] = p;
      h[parent] = a;
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.before(h[l] as Entry<E>, h[m] as Entry<E>)) m = l;
      if (r < h.length && this.before(h[r] as Entry<E>, h[m] as Entry<E>)) m = r;
      if (m === i) return;
      const tmp = h[i] as Entry<E>;
      h[i] = h[m] as Entry<E>;
      h[m] = tmp;
      i = m;
    }
  }
}
