/**
 * A CSV file's bytes cut into pieces of whole rows, to be read in parallel (canonical-observations.ts
 * reads each piece): with care (outside quotes), or quickly (at line ends), the pieces then telling by
 * their quote marks whether every cut was right.
 */

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/**
 * A CSV file's bytes cut into about `parts` pieces of whole rows: each cut is just after a line end
 * outside quotes (an even count of quote marks before it), so no row or quoted field is split. The
 * first piece holds the header. Fewer pieces when the file has too few line ends.
 */
export function splitCsvBytes(bytes: Uint8Array, parts: number): Uint8Array[] {
  // Quote marks are counted natively (indexOf), always forward: `quotes` is the count before `nextQuote`.
  let quotes = 0;
  let nextQuote = bytes.indexOf(QUOTE);
  return cutBytes(bytes, parts, (end) => {
    while (nextQuote >= 0 && nextQuote < end) {
      quotes++;
      nextQuote = bytes.indexOf(QUOTE, nextQuote + 1);
    }
    return quotes % 2 === 0;
  });
}

/**
 * The same cuts made without looking for quote marks (a scan of the whole file, some 90 ms for 128 MB):
 * right only when no cut falls inside a quoted field, which `cutsOutsideQuotes` tells once each piece's
 * quote marks are counted (where the pieces are read, in parallel). A published file rarely has any.
 */
export function cutAtLineEnds(bytes: Uint8Array, parts: number): Uint8Array[] {
  return cutBytes(bytes, parts, () => true);
}

/** Whether every cut between pieces with these counts of quote marks is outside quotes (an even count before it). */
export function cutsOutsideQuotes(quotesPerPiece: readonly number[]): boolean {
  let before = 0;
  for (const quotes of quotesPerPiece.slice(0, -1)) {
    before += quotes;
    if (before % 2 !== 0) return false;
  }
  return true;
}

/**
 * A piece's text: only the file's first piece may start with the BOM that is not part of the text (a
 * later piece starting with one holds it in its first cell, as the whole file read at once does).
 */
export const decodePiece = (bytes: Uint8Array, first: boolean): string => new TextDecoder('utf-8', { ignoreBOM: !first }).decode(bytes);

/** How many quote marks a text has. */
export function quoteCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) count++;
  return count;
}

function cutBytes(bytes: Uint8Array, parts: number, outsideQuotes: (end: number) => boolean): Uint8Array[] {
  const cuts = [0];
  for (let k = 1; k < parts; k++) {
    let end = bytes.indexOf(NEWLINE, Math.max(cuts[cuts.length - 1]!, Math.floor((bytes.length * k) / parts)));
    while (end >= 0 && !outsideQuotes(end)) end = bytes.indexOf(NEWLINE, end + 1);
    if (end < 0 || end + 1 >= bytes.length) break;
    cuts.push(end + 1);
  }
  return cuts.map((from, i) => bytes.subarray(from, cuts[i + 1] ?? bytes.length));
}
