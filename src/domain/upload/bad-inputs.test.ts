/**
 * The bad-input corpus: every file in data/bad-inputs/ is run through the upload's analysis
 * (analyzeUpload for CSV/TXT/PNG, parseDatasetJson for JSON) with the real catalog and the real
 * history, and must produce exactly the located problems data/bad-inputs/expectations.json lists.
 *
 * Errors and warnings are compared in full (same count; sorted by row, then as the analysis listed
 * them), each on code, row, column and value; every message must be non-empty in Vietnamese and English.
 * A case marked "knownGap" records the CORRECT behaviour the code does not have yet: it runs as
 * `it.fails`, so it turns red the day the gap is closed — then remove the mark. To see what each
 * gap does today: `SHOW_GAPS=1 npx vitest run src/domain/upload/bad-inputs.test.ts` (they then fail).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeUpload, type UploadAnalysis } from './analyze-upload';
import { TEXT_ENCODINGS } from '../text/decode';
import { parseAreasCsv, parseIndicatorsCsv } from '../catalog/parse-catalog';
import { parseDatasetFiles, parseDatasetJson } from '../dataset/dataset-io';
import type { ParseIssue } from '../issues';
import type { Observation } from '../model';

const dataDir = new URL('../../../data/', import.meta.url);
const corpusDir = new URL('bad-inputs/', dataDir);
const readText = (name: string) => readFileSync(new URL(name, dataDir), 'utf8');

const localized = z.strictObject({ vi: z.string().min(1).optional(), en: z.string().min(1).optional() });
const located = z.strictObject({
  code: z.string().min(1),
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  /** Text each message must contain, e.g. the suggested name or the other row of a duplicate. */
  messageIncludes: localized.optional(),
});
type Located = z.infer<typeof located>;

const expectation = z
  .strictObject({
    file: z.string().regex(/^\d{2}-[a-z0-9-]+\.(csv|json|txt|png)$/),
    description: z.string().min(1),
    knownGap: z.literal(true).optional(),
    /** What the code does today, for a known gap. */
    gap: z.string().min(1).optional(),
    options: z.strictObject({ encoding: z.enum(TEXT_ENCODINGS).optional(), numberLocale: z.enum(['vi', 'en', 'auto']).optional() }).optional(),
    readable: z.boolean(),
    errors: z.array(located),
    warnings: z.array(located).default([]),
    validRows: z.number().int().nonnegative().optional(),
    encoding: z.enum(TEXT_ENCODINGS).optional(),
    encodingDetected: z.string().optional(),
    delimiter: z.string().optional(),
    layout: z.enum(['long', 'wide']).optional(),
    numberLocale: z.enum(['vi', 'en']).nullable().optional(),
    /** The valid rows, in order, each compared on the fields given. */
    observations: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).optional(),
  })
  .refine((e) => Boolean(e.knownGap) === Boolean(e.gap), 'a known gap (and only a known gap) says in "gap" what the code does today');
type Expectation = z.infer<typeof expectation>;

const cases: Expectation[] = z.array(expectation).parse(JSON.parse(readFileSync(new URL('expectations.json', corpusDir), 'utf8')));

const areas = parseAreasCsv(readText('areas.csv'));
const indicators = parseIndicatorsCsv(readText('indicators.csv'));
const dataset = parseDatasetFiles({ areas: readText('areas.csv'), indicators: readText('indicators.csv'), observations: readText('observations.csv') });
if (!areas.ok || !indicators.ok || !dataset.ok) throw new Error('data/areas.csv, data/indicators.csv or data/observations.csv does not parse');
/** As the upload worker is called: the catalog, and the current observations as history. */
const catalog = { areas: areas.data, indicators: indicators.data, history: dataset.data.observations };

interface Outcome {
  readable: boolean;
  issues: ParseIssue[];
  observations: Observation[];
  analysis: UploadAnalysis | null;
}

function analyze(c: Expectation): Outcome {
  const bytes = new Uint8Array(readFileSync(new URL(c.file, corpusDir)));
  if (c.file.endsWith('.json')) {
    const result = parseDatasetJson(new TextDecoder().decode(bytes));
    const issues = result.ok ? result.warnings : result.issues;
    return { readable: !issues.some((i) => i.code === 'invalid-json'), issues, observations: result.ok ? result.data.observations : [], analysis: null };
  }
  const analysis = analyzeUpload(bytes, catalog, c.options ?? {});
  return { readable: analysis.readable, issues: analysis.issues, observations: analysis.observations, analysis };
}

const byRow = <T extends { row: number | null }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

function expectLocated(actual: ParseIssue[], expected: Located[]) {
  const got = byRow(actual);
  const wanted = byRow(expected);
  expect(got).toMatchObject(wanted.map(({ code, row, column, value }) => ({ code, row, column, value })));
  wanted.forEach((w, index) => {
    if (w.messageIncludes?.vi) expect(got[index]?.message.vi).toContain(w.messageIncludes.vi);
    if (w.messageIncludes?.en) expect(got[index]?.message.en).toContain(w.messageIncludes.en);
  });
}

describe('bad-input corpus (data/bad-inputs)', () => {
  it('has one expectation per file, and at least 28 files', () => {
    const files = readdirSync(corpusDir).filter((f) => f !== 'expectations.json').sort();
    expect(files.length).toBeGreaterThanOrEqual(28);
    expect(cases.map((c) => c.file).sort()).toEqual(files);
  });

  for (const c of cases) {
    const test = c.knownGap && !process.env.SHOW_GAPS ? it.fails : it;
    test(`${c.file}${c.knownGap ? ' — known gap' : ''}`, () => {
      const outcome = analyze(c);
      expect(outcome.readable, 'readable').toBe(c.readable);
      expectLocated(outcome.issues.filter((i) => i.severity === 'error'), c.errors);
      expectLocated(outcome.issues.filter((i) => i.severity === 'warning'), c.warnings);
      for (const i of outcome.issues) {
        expect(i.message.vi.trim(), `vi message of ${i.code}`).not.toBe('');
        expect(i.message.en.trim(), `en message of ${i.code}`).not.toBe('');
      }
      if (c.validRows !== undefined) expect(outcome.observations, 'valid rows').toHaveLength(c.validRows);
      if (c.observations) expect(outcome.observations).toMatchObject(c.observations);
      const detected = Object.fromEntries((['encoding', 'encodingDetected', 'delimiter', 'layout', 'numberLocale'] as const).filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
      if (Object.keys(detected).length > 0) expect(outcome.analysis, 'detection is only reported for CSV').toMatchObject(detected);
    });
  }
});
