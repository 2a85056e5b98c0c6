import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { mainListsOf } from '../main-targets';
import { buildReportDocument } from './document';

/** The built-in data's one list (seed 001's, partial) in the 2024 report, and the 2019 report without one. */
const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv'), mainTargets: read('main-targets.csv') });
if (!parsed.ok) throw new Error('data/ does not parse');
const index = createDatasetIndex(parsed.data);
const rules = { farExceededPercent: 120, mainLists: mainListsOf(parsed.data.mainTargets) };
const build = (year: number, language: 'vi' | 'en') => buildReportDocument(index, index.area('lai-chau')!, year, language, { date: new Date(2026, 10, 28), dataVersion: 'v1', rules });

describe('the report with a list of main targets', () => {
  it('2024: the province’s paragraph, table and sources name the directive and say the list is partial; no actual is written as a number', () => {
    const doc = build(2024, 'vi');
    const overall = doc.sections[0]!;
    expect(overall.paragraphs[0]).toMatch(/^Tỉnh Lai Châu năm 2024: 7 chỉ tiêu chủ yếu nêu tại Chỉ thị 477\/CT-UBND \(07\/02\/2024\) của UBND tỉnh Lai Châu \(một số chỉ tiêu\) đều chưa có số liệu thực hiện: /);
    expect(overall.table?.caption).toBe('Kết quả thực hiện các chỉ tiêu chủ yếu — Tỉnh Lai Châu (theo Chỉ thị 477/CT-UBND (07/02/2024) của UBND tỉnh Lai Châu; một số chỉ tiêu)');
    // In the directive's order, each plan as the seed prints it ("khoảng 9%"), every actual in words.
    expect(overall.table?.rows.map((r) => [r[1], r[3], r[4], r[5], r[6]])).toEqual(
      [['Tốc độ tăng trưởng GRDP', 'khoảng 9'], ['GRDP bình quân đầu người', 'khoảng 51,5'], ['Thu ngân sách nhà nước trên địa bàn', '2.236'], ['Tỷ lệ trường đạt chuẩn quốc gia', '68,4'], ['Mức giảm tỷ suất sinh', '0,45'], ['Mức giảm tỷ lệ hộ nghèo', '3,8'], ['Giải quyết việc làm mới', '8.920']]
        .map(([name, plan]) => [name, plan, 'chưa có số thực hiện', 'không tính được', 'Chưa có số liệu']),
    );
    expect(overall.paragraphs[0]).toContain('Văn bản chỉ nêu một số chỉ tiêu chủ yếu; các chỉ tiêu chủ yếu khác chưa có trong dữ liệu. Các huyện, thành phố (8 đơn vị): dữ liệu chưa có chỉ tiêu có kế hoạch năm 2024.');
    expect(overall.paragraphs[1]).toMatch(/^Danh mục chỉ tiêu chủ yếu: đơn vị chưa có danh mục năm 2024 trong dữ liệu được tính trên mọi chỉ tiêu có kế hoạch/);
    expect(JSON.stringify(doc)).not.toMatch(/NaN|Infinity|: 0[,;. ]/);
    expect(doc.sources).toEqual(['UBND tỉnh Lai Châu, 07/02/2024: Chỉ thị số 477/CT-UBND về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2024', 'Danh mục chỉ tiêu chủ yếu: Chỉ thị 477/CT-UBND (07/02/2024) của UBND tỉnh Lai Châu (một số chỉ tiêu)', 'v1']);
  });

  it('2024 in English says the same', () => {
    const doc = build(2024, 'en');
    expect(doc.sections[0]?.paragraphs[0]).toMatch(/^Lai Châu province in 2024: 7 main targets named in Chỉ thị 477\/CT-UBND \(07\/02\/2024\) của UBND tỉnh Lai Châu \(some of the main targets\), none with a result yet: GRDP growth rate \(plan about 9%\); GRDP per capita \(plan about 51\.5 million VND per person\); /);
    expect(doc.sections[0]?.table?.caption).toBe('Results of the main targets — Lai Châu province (as listed in Chỉ thị 477/CT-UBND (07/02/2024) của UBND tỉnh Lai Châu; some of the main targets)');
    expect(doc.sources).toContain('List of main targets: Chỉ thị 477/CT-UBND (07/02/2024) của UBND tỉnh Lai Châu (some of the main targets)');
  });

  it('2019 has no list: the default wording, no list in the sources', () => {
    const doc = build(2019, 'vi');
    expect(doc.sections[1]?.subsections?.[0]?.paragraphs[0]).toMatch(/chỉ tiêu có kế hoạch/);
    expect(doc.sections[0]?.paragraphs[1]).toMatch(/^Danh mục chỉ tiêu chủ yếu: năm 2019 chưa có danh mục của nghị quyết trong dữ liệu/);
    expect(doc.sources.some((s) => s.startsWith('Danh mục'))).toBe(false);
  });
});

describe('a unit’s table, made when first read', () => {
  it('says its row count without making its rows, then makes them once; a copy (to the .docx worker) holds them', () => {
    const doc = build(2019, 'vi');
    const tables = (doc.sections[1]?.subsections ?? []).flatMap((s) => (s.table ? [s.table] : []));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.rows).toHaveLength(table.rowCount ?? -1);
      expect(table.rows).toBe(table.rows);
    }
    expect(structuredClone(doc)).toEqual(doc);
    expect(structuredClone(doc).sections[1]?.subsections?.[0]?.table?.rows).toEqual(tables[0]!.rows);
  });
});
