import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { createDatasetIndex } from '../dataset/dataset-index';
import { parentParagraph, unitParagraph } from './phrasing';
import { summarizeReview } from './summary';

/**
 * Golden texts: the 2019 review written from the shipped data (data/*.csv, every figure from the
 * seeds), set beside seed 004's own sentences where they state the same fact.
 */
const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: data('observations.csv') });
if (!parsed.ok) throw new Error('data/*.csv does not parse');
const index = createDatasetIndex(parsed.data);
const province = index.province!;
const review = summarizeReview(index, province, 2019);
const paragraph = (id: string, language: 'vi' | 'en' = 'vi') => unitParagraph(review.units.find((u) => u.area.id === id)!, language);

describe('the 2019 review from the shipped data', () => {
  it('Phong Thổ: “thu ngân sách trên địa bàn đạt 203% kế hoạch” (seed 004), and the poverty rate “giảm từ 30,32% xuống còn 25,64%”', () => {
    expect(paragraph('phong-tho')).toBe(
      'Huyện Phong Thổ năm 2019: 2/2 chỉ tiêu có kế hoạch đều đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là thu ngân sách nhà nước trên địa bàn đạt 203% KH. ' +
        'Các chỉ tiêu khác đạt và vượt: giá trị xuất khẩu 18,5 triệu USD, đạt 119,4% KH (KH suy ra ≈ 15,5 triệu USD). ' +
        'Kết quả khác (không có kế hoạch): thu nhập bình quân đầu người 25,1 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm từ 30,32% xuống còn 25,64%; tỷ lệ thôn bản đạt tiêu chuẩn văn hóa 68,4%.',
    );
  });

  it('Tân Uyên: the seed’s “10/10 chỉ tiêu chủ yếu” is not in the data — the text counts the 5 with a plan, never copies 10/10', () => {
    const text = paragraph('tan-uyen');
    expect(text).toBe(
      'Huyện Tân Uyên năm 2019: 5/5 chỉ tiêu có kế hoạch đều đạt và vượt kế hoạch, trong đó nhiều chỉ tiêu vượt cao so với kế hoạch như đào tạo nghề đạt 149,3% KH; diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH; đưa lao động đi làm việc ở nước ngoài đạt 256,3% KH. ' +
        'Các chỉ tiêu khác đạt và vượt: thu ngân sách nhà nước trên địa bàn 64,2 tỷ đồng, đạt 119,4% KH (KH suy ra ≈ 53,77 tỷ đồng); thu nhập bình quân đầu người 33 triệu đồng/người/năm, đạt 100% KH (KH suy ra ≈ 33 triệu đồng/người/năm).',
    );
    expect(text).not.toContain('10/10');
    expect(text).not.toContain('chủ yếu');
  });

  it('Thành phố Lai Châu: “Tỷ lệ hộ nghèo giảm xuống còn 0,65%, đạt 200% KH” — last year’s rate is not in the data, so “còn”, not “giảm xuống”', () => {
    expect(paragraph('tp-lai-chau')).toMatch(/^Thành phố Lai Châu năm 2019: 6\/6 chỉ tiêu có kế hoạch đều đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là tỷ lệ hộ nghèo còn 0,65%, đạt 200% KH \(KH suy ra ≈ 1,3%\)\./);
    expect(paragraph('tp-lai-chau')).toContain('tổng giá trị sản xuất 7.113 tỷ đồng, đạt 101% KH');
    expect(paragraph('tp-lai-chau')).toContain('giải quyết việc làm mới 835 người, đạt 102% KH');
  });

  it.each([
    ['tam-duong', ['thu ngân sách nhà nước trên địa bàn đạt 126,36% KH', 'mức giảm tỷ lệ hộ nghèo 3,83 điểm %, đạt 128% KH', 'đào tạo nghề 965 người, đạt 119% KH', 'tỷ lệ lao động qua đào tạo 48,94%, đạt 101% KH']],
    ['muong-te', ['thu ngân sách nhà nước trên địa bàn 47,07 tỷ đồng, đạt 112% KH', 'tổng giá trị sản xuất 757,58 tỷ đồng, đạt 104,45% KH', 'giải quyết việc làm mới đạt 110,5% KH']],
    ['sin-ho', ['thu ngân sách nhà nước trên địa bàn đạt 154,2% KH', 'tỷ lệ hộ nghèo còn 29,28%', 'tỷ lệ che phủ rừng 38,64%, đạt 100% KH']],
    ['nam-nhun', ['thu ngân sách nhà nước trên địa bàn 30 tỷ đồng, đạt 115,45% KH', 'tốc độ tăng trưởng GRDP 5,32%']],
    ['than-uyen', ['tỷ lệ che phủ rừng 35,18%, đạt 106% KH', 'đào tạo nghề 990 người, đạt 106% KH', 'giải quyết việc làm mới 1.150 người']],
  ])('%s states the seed’s figures', (id, facts) => {
    for (const fact of facts) expect(paragraph(id)).toContain(fact);
  });

  it('the province has no figure of its own for 2019: said, then its districts’ roll-up', () => {
    expect(parentParagraph(review, index.unitLevel(province.id, 2019), 'vi')).toBe(
      'Tỉnh Lai Châu: chưa có số liệu năm 2019. Các huyện, thành phố (8 đơn vị): 33/33 chỉ tiêu có kế hoạch đạt và vượt kế hoạch; 8 đơn vị đạt và vượt mọi chỉ tiêu có kế hoạch (Thành phố Lai Châu, huyện Tam Đường, huyện Phong Thổ, huyện Sìn Hồ, huyện Mường Tè, huyện Nậm Nhùn, huyện Than Uyên và huyện Tân Uyên).',
    );
  });

  it('in English, the same figures in English formats', () => {
    expect(paragraph('phong-tho', 'en')).toMatch(/^Phong Thổ district in 2019: 2\/2 planned targets, all met or exceeded; far exceeded: state budget revenue on the territory reached 203% of plan\./);
    expect(paragraph('tan-uyen', 'en')).toContain('new tea planting area 195.5/150 ha, reached 130.3% of plan');
  });

  it('no paragraph holds NaN, Infinity or undefined', () => {
    for (const year of index.years) {
      const r = summarizeReview(index, province, year);
      for (const language of ['vi', 'en'] as const) {
        const texts = [parentParagraph(r, index.unitLevel(province.id, year), language), ...r.units.map((u) => unitParagraph(u, language))];
        for (const text of texts) expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });
});
