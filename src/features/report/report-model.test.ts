import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../../domain/dataset/dataset-io';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { buildReportDocument } from '../../domain/report/document';
import { DEFAULT_RULES, summarizeReview } from '../../domain/report/summary';
import { drain } from '../../domain/scoring/scoring';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { NATIONAL_AREAS } from '../../testing/national-areas';
import { policyT } from '../../components/status/policy-messages';
import { reportExtras } from './report-extras';
import { reportModelSteps } from './use-report-model';

const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: data('observations.csv') });
if (!parsed.ok) throw new Error('data/*.csv does not parse');
const shipped = createDatasetIndex(parsed.data);

const indicator = buildIndicator();
const national = createDatasetIndex(
  buildDataset({
    areas: NATIONAL_AREAS,
    indicators: [indicator],
    observations: [
      buildObservation({ area: 'lc-h1', year: 2024, indicator: indicator.id, plan: 100, actual: 110 }),
      buildObservation({ area: 'lc-h2', year: 2024, indicator: indicator.id, plan: 100, actual: 90 }),
      buildObservation({ area: 'db-h1', year: 2024, indicator: indicator.id, plan: 100, actual: 100 }),
    ],
  }),
);

// The report made a slice at a time says exactly what the report made in one go says.
describe('the report made a unit at a time', () => {
  it.each([
    ['the shipped province, 2019, vi', shipped, shipped.province!, 2019, 'vi' as const],
    ['the shipped province, 2020, en', shipped, shipped.province!, 2020, 'en' as const],
    ['a country listing districts through provinces, 2024', national, NATIONAL_AREAS[0]!, 2024, 'vi' as const],
  ])('%s: the same review and document as in one go', (_, index, parent, year, language) => {
    const rules = { ...DEFAULT_RULES, farExceededPercent: 130 };
    const pt = policyT(language);
    const steps = reportModelSteps({ index, parent, year, rules, language, pt, dataVersion: 'v1' });
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    const review = summarizeReview(index, parent, year, rules);
    const extra = reportExtras(index, parent, review.units.map((u) => u.area), year, language, pt);
    const document = buildReportDocument(index, parent, year, language, { date: new Date(), dataVersion: 'v1', rules, extra, review });
    expect(step.value.review).toEqual(review);
    expect(step.value.document).toEqual(document);
    // A unit at a time: at least once per unit for its summary and once for its section.
    expect(yields).toBeGreaterThanOrEqual(2 * review.units.length);
  });

  it('drained, is the model', () => {
    const model = drain(reportModelSteps({ index: national, parent: NATIONAL_AREAS[0]!, year: 2024, rules: DEFAULT_RULES, language: 'vi', pt: policyT('vi'), dataVersion: 'v1' }));
    expect(model.document.sections[1]?.subsections?.map((s) => s.heading)).toEqual(['Huyện Bắc 01 (Lai Châu)', 'Huyện Nam 02 (Lai Châu)', 'Huyện Bắc 01 (Điện Biên)']);
  });
});
