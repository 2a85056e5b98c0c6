import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { NATIONAL_AREAS } from '../../testing/national-areas';
import { buildReportDocument } from './document';
import { parentParagraph } from './phrasing';
import { summarizeReview } from './summary';

// A ministry's data: the provinces carry no figures of their own, their districts do. The report lists
// the districts, as the overview does, each named with its province ("Huyện Bắc 01" is in both).
const areas = NATIONAL_AREAS;
const indicator = buildIndicator();
const observations = [
  buildObservation({ area: 'lc-h1', year: 2024, indicator: indicator.id, plan: 100, actual: 110 }),
  buildObservation({ area: 'lc-h2', year: 2024, indicator: indicator.id, plan: 100, actual: 90 }),
  buildObservation({ area: 'db-h1', year: 2024, indicator: indicator.id, plan: 100, actual: 100 }),
];
const index = createDatasetIndex(buildDataset({ areas, indicators: [indicator], observations }));
const country = areas[0]!;

describe('the report of a country whose provinces carry no figures', () => {
  it('counts the districts, through their provinces', () => {
    const review = summarizeReview(index, country, 2024);
    expect(review.units.map((u) => u.area.id)).toEqual(['lc-h1', 'lc-h2', 'db-h1']);
    expect(review).toMatchObject({ level: 'district', via: 'province', unitsAchieved: 2, unitsTargets: 3 });
    expect(parentParagraph(review, review.level, 'vi')).toContain('(3 đơn vị): 2/3 chỉ tiêu có kế hoạch đạt và vượt kế hoạch');
  });

  it('names each district with its province in the document', () => {
    const document = buildReportDocument(index, country, 2024, 'vi', { date: new Date('2025-01-15'), dataVersion: 'v1' });
    expect(document.sections[1]?.subsections?.map((s) => s.heading)).toEqual(['Huyện Bắc 01 (Lai Châu)', 'Huyện Nam 02 (Lai Châu)', 'Huyện Bắc 01 (Điện Biên)']);
  });

  it('a province of the same data lists its own districts, without a province in their names', () => {
    const review = summarizeReview(index, areas[1]!, 2024);
    expect(review).toMatchObject({ level: 'district', via: null });
    const document = buildReportDocument(index, areas[1]!, 2024, 'vi', { date: new Date('2025-01-15'), dataVersion: 'v1' });
    expect(document.sections[1]?.subsections?.map((s) => s.heading)).toEqual(['Huyện Bắc 01', 'Huyện Nam 02']);
  });

  it('writes a large roll-up in the language’s figures', () => {
    const review = { ...summarizeReview(index, country, 2024), unitsAchieved: 6561, unitsTargets: 13689 };
    expect(parentParagraph(review, review.level, 'vi')).toContain('6.561/13.689');
    expect(parentParagraph(review, review.level, 'en')).toContain('6,561/13,689');
  });
});
