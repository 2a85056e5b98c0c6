import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../../domain/dataset/dataset-io';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import { targetsSection } from './report-extras';

const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: data('observations.csv') });
if (!parsed.ok) throw new Error('data/*.csv does not parse');
const shipped = createDatasetIndex(parsed.data);

describe('the report\'s section of the multi-year plan\'s targets', () => {
  it('lists the province\'s 2021–2025 targets as the resolution writes them, each with its progress and its page, in the years they span', () => {
    const province = shipped.province!;
    const section = targetsSection(shipped, [province, ...shipped.unitsOf(province.id, 2025)], 2025, 'vi')!;
    expect(section.heading).toBe('Tiến độ các mục tiêu kế hoạch giai đoạn (đến năm 2025)');
    const rows = section.table!.rows;
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[2])).toEqual(['Tốc độ tăng trưởng GRDP', 'GRDP bình quân đầu người', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ lệ che phủ rừng']);
    expect(rows[0]!.slice(0, 5)).toEqual(['1', 'Tỉnh Lai Châu', 'Tốc độ tăng trưởng GRDP', 'Giai đoạn 2021–2025: tăng bình quân 9 - 10%/năm', 'Chưa đủ số liệu để tính']);
    expect(rows[0]![5]).toMatch(/VietnamMoi|vietnammoi/i);
    expect(targetsSection(shipped, [province], 2020, 'vi')).toBeUndefined();
    expect(targetsSection(shipped, [province], 2021, 'en')!.table!.rows[0]![3]).toBe('2021–2025: tăng bình quân 9 - 10%/năm');
  });

  it('says how far a target is once the years come in, for every unit that has one', () => {
    const [a] = LAI_CHAU_AREAS.filter((x) => x.level === 'district');
    const growth = buildIndicator({ id: 'grdp', unit: '%', additive: false });
    const index = createDatasetIndex(buildDataset({
      indicators: [growth],
      observations: [
        buildObservation({ area: a!.id, year: 2025, indicator: 'grdp', plan: 9, planText: 'tăng bình quân 9%/năm', period: 'years-2021-2025', source: 'Nghị quyết đại hội' }),
        ...[[2021, 9], [2022, 10], [2023, 11]].map(([year, actual]) => buildObservation({ area: a!.id, year: year!, indicator: 'grdp', actual: actual! })),
      ],
    }));
    const rows = targetsSection(index, [a!], 2023, 'vi')!.table!.rows;
    expect(rows).toEqual([['1', expect.stringContaining(a!.name) as string, growth.nameVi, 'Giai đoạn 2021–2025: tăng bình quân 9%/năm', expect.stringMatching(/^2021–2023 tăng bình quân 10%\/năm; đạt mục tiêu/) as string, 'Nghị quyết đại hội']]);
  });
});
