/**
 * The heights of a long table's rows without a pass over all of them: each row is the estimate
 * until drawn and measured, and the differences sit in a Fenwick tree, so where a row starts and
 * which row is at a given height cost O(log n) (1.65 million rows: 21 steps), a measurement too.
 */
export class RowSizes {
  /** 1-based Fenwick tree of (measured − estimate). */
  private readonly tree: Float64Array;
  /** Each row's measured height; 0 while not measured. */
  private readonly measured: Float32Array;
  private readonly top: number;

  constructor(
    readonly count: number,
    readonly estimate: number,
  ) {
    this.tree = new Float64Array(count + 1);
    this.measured = new Float32Array(count);
    this.top = count > 0 ? 2 ** Math.floor(Math.log2(count)) : 0;
  }

  /** Records row i's height; true when it differs from what was assumed. */
  set(i: number, height: number): boolean {
    if (!(i >= 0 && i < this.count) || !(height > 0)) return false;
    const before = this.measured[i] || this.estimate;
    if (Math.abs(height - before) < 0.5) return false;
    this.measured[i] = height;
    for (let j = i + 1; j <= this.count; j += j & -j) this.tree[j]! += height - before;
    return true;
  }

  /** Where row i starts: the heights of the rows before it. */
  start(i: number): number {
    let sum = i * this.estimate;
    for (let j = Math.min(i, this.count); j > 0; j -= j & -j) sum += this.tree[j]!;
    return sum;
  }

  get total(): number {
    return this.start(this.count);
  }

  /** The row at height y from the top (the first or the last row beyond the ends). */
  indexAt(y: number): number {
    let position = 0;
    let rest = y;
    for (let step = this.top; step > 0; step = Math.floor(step / 2)) {
      const next = position + step;
      if (next > this.count) continue;
      const span = this.tree[next]! + step * this.estimate;
      if (span <= rest) {
        position = next;
        rest -= span;
      }
    }
    return Math.max(0, Math.min(position, this.count - 1));
  }
}
