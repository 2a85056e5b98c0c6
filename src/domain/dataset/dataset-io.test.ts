import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles, parseDatasetJson } from './dataset-io';
import { datasetToJson, observationsToCsv } from './dataset-export';
import { parseObservationsCsv } from '../validation/parse-observations-csv';
import { buildDataset } from '../../testing/builders';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const files = { areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv') };

describe('the built-in dataset (data/)', () => {
  const result = parseDatasetFiles(files);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3), null, 2));
  const { observations, areas, indicators } = result.data;
  const find = (area: string, year: number, indicator: string) => observations.find((o) => o.area === area && o.year === year && o.indicator === indicator);

  it('parses without errors or warnings', () => {
    expect(result.warnings).toEqual([]);
    expect(observations).toHaveLength(86);
    expect(areas.filter((a) => a.level === 'district')).toHaveLength(8);
    expect(indicators.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['lai-chau', 2016, 'grdp_growth', { plan: 17.23, actual: 24.88, reportedPercent: null }],
    ['lai-chau', 2016, 'budget_revenue', { plan: 1500, actual: 1862, reportedPercent: null }],
    ['lai-chau', 2015, 'poverty_rate', { plan: null, actual: 40.4, reportedPercent: null }],
    ['lai-chau', 2024, 'jobs_created', { plan: 8920, actual: null, reportedPercent: null }],
    ['lai-chau', 2024, 'grdp_per_capita', { plan: 51.5, actual: null, reportedPercent: null }],
    ['tp-lai-chau', 2016, 'budget_revenue', { plan: null, actual: 220.863, reportedPercent: 127.54 }],
    ['tan-uyen', 2020, 'poverty_reduction', { plan: null, actual: 2.47, reportedPercent: 149.7 }],
    ['tam-duong', 2020, 'poverty_reduction', { plan: null, actual: 6.28, reportedPercent: 145 }],
    ['phong-tho', 2019, 'budget_revenue', { plan: null, actual: null, reportedPercent: 203 }],
    ['phong-tho', 2019, 'export_value', { plan: null, actual: 18.5, reportedPercent: 119.4 }],
    ['tan-uyen', 2019, 'new_tea_area', { plan: 150, actual: 195.5, reportedPercent: null }],
    ['sin-ho', 2020, 'motorable_road_villages', { plan: null, actual: 90.27, reportedPercent: null }],
    ['son-la', 2016, 'budget_revenue', { plan: null, actual: 4006, reportedPercent: 103 }],
  ] as const)('%s %d %s is as the report printed it', (area, year, indicator, figures) => {
    expect(find(area, year, indicator)).toMatchObject(figures);
  });

  it('cites its source in every row as a person cites it: a seed report by its publisher, date and title, a page with its address too; never a file\'s name', () => {
    const SEEDS = /^(?:Cổng thông tin điện tử tỉnh Lai Châu \(laichau\.gov\.vn\), 22\/02\/2017|UBND tỉnh Lai Châu, 07\/02\/2024|Ban Thi đua - Khen thưởng Trung ương, 29\/3\/2017|Nguyễn Thường, Cổng thông tin điện tử huyện Tân Uyên \(tanuyen\.laichau\.gov\.vn\), không ghi ngày): .+|^Bài về kết quả thi đua năm 2019 /;
    for (const o of observations) {
      expect(o.source).toMatch(new RegExp(`${SEEDS.source}|^[^(]+ \\((?:\\d\\d\\/\\d\\d\\/)?\\d{4}\\): .+ — [a-z0-9.-]+\\.(?:vn|com\\.vn)\\/\\S+$`));
      expect(o.source).not.toMatch(/seeds\/|\.txt\b/);
    }
  });

  it('round-trips through the canonical CSV and JSON unchanged', () => {
    const again = parseObservationsCsv(observationsToCsv(observations), { areas, indicators });
    expect(again.ok && again.data.observations).toEqual(observations);
    const json = parseDatasetJson(datasetToJson(result.data));
    expect(json.ok && json.data).toEqual(result.data);
  });
});

describe('parseDatasetJson', () => {
  it.each([
    ['{', 'invalid-json'],
    ['{"areas": []}', 'invalid-json-shape'],
    ['{"areas": [], "indicators": [], "observations": [{"area": "x", "year": 2020, "indicator": "y", "plan": 1}]}', 'invalid-area'],
  ])('%s → %s', (text, code) => {
    const result = parseDatasetJson(text);
    expect(!result.ok && result.issues[0]?.code).toBe(code);
  });

  it('reads numbers as numbers and strings in the canonical format', () => {
    const dataset = buildDataset();
    const text = JSON.stringify({ ...dataset, observations: [{ area: 'Sin Ho', year: 2020, indicator: 'budget_revenue', plan: '1500', actual: 1862.5 }] });
    const result = parseDatasetJson(text);
    expect(result.ok && result.data.observations[0]).toMatchObject({ area: 'sin-ho', plan: 1500, actual: 1862.5 });
  });
});
