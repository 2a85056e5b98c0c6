import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { parseAreasCsv } from '../../domain/catalog/parse-catalog';
import { defaultScheme } from '../../domain/scoring/scoring-scheme';
import { buildDataset, buildObservation } from '../../testing/builders';
import { rankingModel } from './ranking-model';

const parsed = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
if (!parsed.ok) throw new Error('data/areas.csv does not parse');
const areas = parsed.data;
const idsOf = (level: string) => areas.filter((a) => a.level === level && a.parent === 'lai-chau').map((a) => a.id);
const DISTRICTS = idsOf('district');
const COMMUNES = idsOf('commune');
const PROVINCES_2024 = ['lai-chau', 'lao-cai', 'lang-son', 'son-la', 'ha-giang', 'cao-bang', 'dien-bien'];
const PROVINCES_2025 = ['lai-chau', 'lang-son', 'son-la', 'cao-bang', 'dien-bien', 'lao-cai-2025', 'tuyen-quang-2025'];

/** Every unit in force reports budget revenue at a % of plan that differs by unit. */
const observations = [
  ...DISTRICTS.map((area, n) => buildObservation({ area, year: 2024, indicator: 'budget_revenue', plan: 100, actual: 90 + n })),
  ...COMMUNES.map((area, n) => buildObservation({ area, year: 2025, indicator: 'budget_revenue', plan: 100, actual: 80 + n })),
  ...COMMUNES.map((area, n) => buildObservation({ area, year: 2026, indicator: 'budget_revenue', plan: 100, actual: 120 - n })),
  ...PROVINCES_2024.map((area, n) => buildObservation({ area, year: 2024, indicator: 'budget_revenue', plan: 100, actual: 95 + n })),
  ...PROVINCES_2025.map((area, n) => buildObservation({ area, year: 2025, indicator: 'budget_revenue', plan: 100, actual: 105 - n })),
];
const index = createDatasetIndex(buildDataset({ areas, observations }));

describe('the emulation ranking ranks units of one level only', () => {
  it.each([
    [null, 2024, 'district', 'district', DISTRICTS, { kind: 'comparable' }],
    [null, 2025, 'commune', 'commune', COMMUNES, { kind: 'other-level', year: 2024, level: 'district' }],
    [null, 2026, 'commune', 'commune', COMMUNES, { kind: 'comparable' }],
    ['district', 2025, 'commune', 'commune', COMMUNES, { kind: 'other-level', year: 2024, level: 'district' }],
    ['commune', 2024, 'district', 'district', DISTRICTS, { kind: 'comparable' }],
    ['cluster', 2024, 'cluster', 'province', PROVINCES_2024, { kind: 'comparable' }],
    ['cluster', 2025, 'cluster', 'province', PROVINCES_2025, { kind: 'comparable' }],
  ] as const)('asked %s in %d → %s', (asked, year, level, rankedLevel, units, comparison) => {
    const model = rankingModel(index, asked, year, null);
    expect(model.level).toBe(level);
    expect(model.rankedLevel).toBe(rankedLevel);
    expect(model.askedOther).toBe(asked !== null && asked !== level ? asked : null);
    expect(model.ranking.map((r) => r.area).sort()).toEqual([...units].sort());
    expect(model.ranking.every((r) => r.rank !== null)).toBe(true);
    expect(model.comparison).toEqual(comparison);
    expect(model.scheme.level).toBe(rankedLevel);
  });

  it('never shows rank movement from districts to communes; communes to communes, yes', () => {
    expect(rankingModel(index, null, 2025, null).previous).toBeNull();
    const y2026 = rankingModel(index, null, 2026, null);
    expect(y2026.previous?.map((r) => r.area)).toHaveLength(38);
    // 2025 ranked the last commune first; 2026 ranks it last.
    expect(y2026.previous?.[0]?.area).toBe(COMMUNES.at(-1));
  });

  it('a scheme made for districts is not used for communes, and is offered to adopt; an older scheme (no level) is used', () => {
    const forDistricts = { ...defaultScheme(['budget_revenue']), level: 'district' as const };
    const communes = rankingModel(index, null, 2025, forDistricts);
    expect(communes.isDefault).toBe(true);
    expect(communes.otherLevelScheme).toBe(forDistricts);
    const older = defaultScheme(['budget_revenue']);
    expect(rankingModel(index, null, 2025, older)).toMatchObject({ isDefault: false, otherLevelScheme: null, scheme: older });
  });
});
