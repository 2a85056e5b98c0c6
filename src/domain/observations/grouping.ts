/**
 * Row positions grouped by a coded column (a counting sort): `positionsOf(code)` is a view into one
 * array, in row order. Built in two passes over the column, once, when first asked for.
 */
export class Grouping {
  private readonly offsets: Uint32Array;
  private readonly positions: Uint32Array;

  constructor(codes: ArrayLike<number>, length: number, size: number) {
    const counts = new Uint32Array(size + 1);
    for (let i = 0; i < length; i++) counts[codes[i]! + 1]!++;
    for (let k = 1; k <= size; k++) counts[k]! += counts[k - 1]!;
    this.offsets = counts.slice();
    const next = counts;
    this.positions = new Uint32Array(length);
    for (let i = 0; i < length; i++) this.positions[next[codes[i]!]!++] = i;
  }

  positionsOf(code: number): Uint32Array {
    if (code < 0 || code + 1 >= this.offsets.length) return new Uint32Array(0);
    return this.positions.subarray(this.offsets[code], this.offsets[code + 1]);
  }

  /** Codes that have at least one row. */
  *codes(): Generator<number> {
    for (let code = 0; code + 1 < this.offsets.length; code++) if (this.offsets[code + 1]! > this.offsets[code]!) yield code;
  }
}
