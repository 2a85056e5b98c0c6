import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineCanonicalParts, readCanonicalObservations, readCanonicalPart, type CanonicalRead } from '../domain/observations/canonical-observations';
import { parseDelimited } from '../domain/csv/csv';
import { csvCell, csvRow } from '../domain/csv/csv-cell';
import { cutsOutsideQuotes, decodePiece, quoteCount } from '../domain/csv/csv-cuts';
import { parseDatasetFiles } from '../domain/dataset/dataset-io';
import { parseAreasCsv } from '../domain/catalog/parse-catalog';
import { analyzeUpload } from '../domain/upload/analyze-upload';
import type { Observation } from '../domain/model';
import { checkFolder } from '../domain/publication/check-folder';
import { openPublication } from '../domain/publication/open-publication';
import { publishDataset } from '../domain/publication/publish';
import { inThreadReaders, newLog, shippedData } from './test-part-readers';
import { ReadAhead } from './read-ahead';
import { partsReader } from './read-in-parts';

// One file, one verdict: the fast reading (whole, in any number of parts, read ahead as it downloads,
// any chunk size), the general reader, `check` and `publish` read a file's rows by one definition
// (src/domain/csv/csv-rows.ts). A fast reading may decline a file (the general reader then reads it), but when it
// takes one it gives the general reader's rows; check names the general reader's errors; publish writes every row.

const { text: data, catalog } = shippedData();
const encode = (text: string) => new TextEncoder().encode(text);
/** A fixed number of generated files: the limit catches a hang, and fits a loaded 2-core machine (a few seconds quiet). */
const PROPERTY_LIMIT_MS = 60_000;
const header = data('observations.csv').split('\n')[0]!;
const shipped = parseDelimited(data('observations.csv')).rows.map((r) => r.cells);
const catalogFiles = { 'areas.csv': encode(data('areas.csv')), 'indicators.csv': encode(data('indicators.csv')) };

/** A note as an analyst might type it: quotes, doubled quotes, commas, Vietnamese letters, line breaks of every kind, a BOM. */
const note = fc.string({ unit: fc.constantFrom('a', 'ồ', 'Đ', 'ữ', '"', '""', ',', ' ', '\r', '\n', '\r\n', '\uFEFF', '1'), maxLength: 8 });
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A file of shipped rows (distinct, in order) each ended by any line end, a note written quoted (as Excel does) or raw, BOMs, two records on a line. */
const files = fc.record({
  rows: fc.uniqueArray(fc.nat({ max: shipped.length - 1 }), { minLength: 1, maxLength: 10 }).map((picked) => picked.sort((a, b) => a - b)),
  notes: fc.array(fc.option(fc.tuple(note, fc.boolean()), { freq: 2 }), { minLength: 10, maxLength: 10 }),
  ends: fc.array(lineEnd, { minLength: 11, maxLength: 11 }),
  last: fc.boolean(),
  bom: fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF'),
  bomInside: fc.option(fc.nat({ max: 9 }), { freq: 4 }),
  joined: fc.option(fc.nat({ max: 9 }), { freq: 4 }),
}).map(({ rows, notes, ends, last, bom, bomInside, joined }) => {
  const lines = rows.map((r, i) => {
    const cells = [...shipped[r]!];
    const changed = notes[i];
    if (!changed) return csvRow(cells);
    const [text, quoted] = changed;
    return `${csvRow(cells.slice(0, -1))},${quoted ? csvCell(text) : text}`;
  });
  if (bomInside !== null && bomInside < lines.length) lines[bomInside] = `\uFEFF${lines[bomInside]!}`;
  if (joined !== null && joined + 1 < lines.length) lines.splice(joined, 2, `${lines[joined]!},${lines[joined + 1]!}`);
  const all = [header, ...lines];
  const text = bom + all.map((line, i) => line + (i < all.length - 1 || last ? ends[i]! : '')).join('');
  // Without a raw quote (which may open a quoted cell of many lines, as CSV means it), the rows a reader
  // may take are exactly the ones written.
  const exact = rows.every((_, i) => !notes[i] || notes[i][1] || !notes[i][0].includes('"'));
  return { text, written: rows.length, exact };
});

const errorsOf = (issues: readonly { severity: string; code: string; row: number | null }[]) => issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row]);

/** A fast reading that took the file gives the general reader's rows; one that declined it says nothing. */
function sameAsGeneral(read: CanonicalRead | null, general: Observation[] | null, path: string) {
  if (!read?.ok) return;
  expect(general, `${path} took a file the general reader refuses`).not.toBeNull();
  expect(read.table.toObservations(), path).toEqual(general);
  expect(read.rows, path).toBe(general!.length);
}

describe('every reading path reads a file by one definition of a row', () => {
  it('the fast readings (whole, any chunk, any cut, any parts, read ahead) give the general reader\'s rows or decline', async () => {
    await fc.assert(fc.asyncProperty(files, fc.integer({ min: 16, max: 400 }), fc.integer({ min: 2, max: 5 }), fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 }), async ({ text }, chunkChars, parts, chunks) => {
      const general = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: text });
      const rows = general.ok ? general.data.observations : null;
      const bytes = encode(text);
      // The page and check decode the whole file alike: its first BOM is not text.
      const whole = new TextDecoder().decode(bytes);
      sameAsGeneral(readCanonicalObservations(whole, catalog.areas, catalog.indicators), rows, 'one reading');
      sameAsGeneral(readCanonicalObservations(whole, catalog.areas, catalog.indicators, chunkChars), rows, `chunks of ${chunkChars}`);
      // Two pieces cut at every line end (where the parts' cutter and the read ahead cut), read as part workers read them.
      for (let cut = bytes.indexOf(0x0a); cut >= 0 && cut + 1 < bytes.length; cut = bytes.indexOf(0x0a, cut + 1)) {
        const pieces = [decodePiece(bytes.subarray(0, cut + 1), true), decodePiece(bytes.subarray(cut + 1), false)];
        if (!cutsOutsideQuotes(pieces.map(quoteCount))) continue;
        const read = combineCanonicalParts(pieces.map((piece, i) => readCanonicalPart(piece, catalog.areas, catalog.indicators, { first: i === 0, chunkChars })), catalog.areas, catalog.indicators);
        sameAsGeneral(read, rows, `cut at byte ${cut + 1}`);
      }
      sameAsGeneral(await partsReader(() => parts, inThreadReaders(newLog()))(bytes)(catalog), rows, `${parts} parts`);
      const ahead = new ReadAhead(Array.from({ length: parts }, inThreadReaders(newLog())), 64);
      for (let at = 0, i = 0; at < bytes.byteLength; i++) {
        const size = chunks[i % chunks.length]!;
        ahead.push([bytes.slice(at, at + size)]);
        at += size;
      }
      const opened = ahead.open({ ...catalogFiles, 'observations.csv': bytes }, (b) => (places) => Promise.resolve(places && readCanonicalObservations(new TextDecoder().decode(b), places.areas, places.indicators)));
      sameAsGeneral(opened && (await opened.reader(bytes)(catalog)), rows, 'read ahead');
    }), { numRuns: 60 });
  }, PROPERTY_LIMIT_MS);

  it('check names the general reader\'s errors; publish writes every row, and the publication opens with them', async () => {
    await fc.assert(fc.asyncProperty(files, fc.integer({ min: 2, max: 4 }), async ({ text, written, exact }, parts) => {
      const general = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: text });
      // No row vanishes: a file read without an error has every row written (two records on a line are an error).
      if (general.ok && exact) expect(general.data.observations).toHaveLength(written);
      const checked = await checkFolder({ ...catalogFiles, 'observations.csv': encode(text) });
      expect(errorsOf(checked.issues)).toEqual(general.ok ? [] : errorsOf(general.issues));
      if (!general.ok) return;
      expect(checked.dataset?.observations).toEqual(general.data.observations);
      const published = await publishDataset(general.data, { publisher: '', note: '', published: new Date('2026-11-28T09:30:00Z') });
      expect(published.ok).toBe(true);
      if (!published.ok) return;
      const { manifest, files: out } = published.folder;
      expect(manifest.files.find((f) => f.name === 'observations.csv')?.rows).toBe(general.data.observations.length);
      const open = await openPublication(manifest, out, partsReader(() => parts, inThreadReaders(newLog())));
      expect(open.ok && open.data.table.length).toBe(general.data.observations.length);
      // A manifest whose row count is not the file's is an error on opening and on check, never a silent difference.
      const wrong = { ...manifest, files: manifest.files.map((f) => (f.name === 'observations.csv' ? { ...f, rows: f.rows + 1 } : f)) };
      expect(await openPublication(wrong, out, partsReader(() => parts, inThreadReaders(newLog())))).toMatchObject({ ok: false, mismatches: [{ name: 'observations.csv', field: 'rows' }] });
      const recheck = await checkFolder({ ...out, 'manifest.json': encode(JSON.stringify(wrong)) });
      expect(recheck.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.code, i.column])).toEqual([['observations.csv', 'file-mismatch', 'rows']]);
    }), { numRuns: 40 });
  }, PROPERTY_LIMIT_MS);
});

describe('areas.csv is read by the same definition of a row on every path', () => {
  const [areasHeader, ...areaLines] = data('areas.csv').trimEnd().split('\n');
  const areaCount = parseDelimited(data('areas.csv')).rows.length;
  /** The whole shipped catalog (its rows refer to each other), its lines ended by any line end, a few notes written, two records on a line. */
  const areaFiles = fc.record({
    notes: fc.array(fc.tuple(fc.nat({ max: areaLines.length - 1 }), note, fc.boolean()), { maxLength: 3 }),
    ends: fc.array(lineEnd, { minLength: areaLines.length + 1, maxLength: areaLines.length + 1 }),
    joined: fc.option(fc.nat({ max: areaLines.length - 2 }), { freq: 3 }),
  }).map(({ notes, ends, joined }) => {
    // A note is written into a line whose note (the last column) is empty, quoted (as Excel does) or raw.
    const lines = [...areaLines];
    const written = notes.filter(([i]) => lines[i]!.endsWith(','));
    for (const [i, text, quoted] of written) lines[i] = `${lines[i]!}${quoted ? csvCell(text) : text}`;
    if (joined !== null) lines.splice(joined, 2, `${lines[joined]!},${lines[joined + 1]!}`);
    const text = [areasHeader!, ...lines].map((line, i) => line + ends[i]!).join('');
    // Without a raw quote, comma or line break the rows a reader may take are exactly the ones written.
    const exact = joined === null && written.every(([, t, quoted]) => quoted || !/[",\r\n]/.test(t));
    return { text, exact };
  });

  it('the upload, check and the general reader give the same errors at the same rows; no row vanishes', async () => {
    const observations = encode(data('observations.csv'));
    await fc.assert(fc.asyncProperty(areaFiles, async ({ text, exact }) => {
      const general = parseAreasCsv(text);
      const errors = errorsOf(general.ok ? general.warnings : general.issues);
      if (exact) expect(general.ok && general.data).toHaveLength(areaCount);
      const checked = await checkFolder({ 'areas.csv': encode(text), 'indicators.csv': catalogFiles['indicators.csv'], 'observations.csv': observations });
      expect(errorsOf(checked.issues.filter((i) => i.file === 'areas.csv'))).toEqual(errors);
      // Uploaded as a whole catalog into an empty one: only the file's own errors, none of a diff.
      const upload = analyzeUpload(encode(text), { areas: [], indicators: catalog.indicators, history: [] }, { catalogMode: 'replace' });
      expect(upload.layout).toBe('areas');
      expect(errorsOf(upload.issues)).toEqual(errors);
    }), { numRuns: 20 });
  }, PROPERTY_LIMIT_MS);
});
