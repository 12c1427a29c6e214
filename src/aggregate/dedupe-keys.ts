/**
 * Dedupe key (a 64-bit hash as two 32-bit halves) -> index of an entry, in open-addressed typed arrays: 12 bytes a
 * slot, at most half the slots used, so 200,000 texts take about 5 MB where a Map of 16-char strings took ~15 MB.
 */
export class DedupeKeys {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  /** Entry index of the slot, -1 for an empty slot. */
  private entry = new Int32Array(1024).fill(-1);
  private used = 0;

  get size(): number {
    return this.used;
  }

  private slotOf(hi: number, lo: number): number {
    const mask = this.entry.length - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.entry[slot] !== -1 && (this.hi[slot] !== hi || this.lo[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  /** The entry of a key, -1 when the key is new. */
  get(hi: number, lo: number): number {
    return this.entry[this.slotOf(hi, lo)]!;
  }

  set(hi: number, lo: number, entry: number): void {
    let slot = this.slotOf(hi, lo);
    if (this.entry[slot] === -1) {
      if (2 * (this.used + 1) > this.entry.length) {
        this.grow();
        slot = this.slotOf(hi, lo);
      }
      this.used++;
      this.hi[slot] = hi;
      this.lo[slot] = lo;
    }
    this.entry[slot] = entry;
  }

  private grow(): void {
    const { hi, lo, entry } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    this.entry = new Int32Array(entry.length * 2).fill(-1);
    for (let s = 0; s < entry.length; s++) {
      if (entry[s] === -1) continue;
      const slot = this.slotOf(hi[s]!, lo[s]!);
      this.hi[slot] = hi[s]!;
      this.lo[slot] = lo[s]!;
      this.entry[slot] = entry[s]!;
    }
  }

  /** Every key with its entry, in slot order (callers sort when order matters). */
  forEach(visit: (hi: number, lo: number, entry: number) => void): void {
    for (let s = 0; s < this.entry.length; s++) if (this.entry[s] !== -1) visit(this.hi[s]!, this.lo[s]!, this.entry[s]!);
  }
}
