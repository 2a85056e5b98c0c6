import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  it.each([
    ['Mức giảm tỷ lệ hộ nghèo', ['2020'], 'png', 'chi-tieu-muc-giam-ty-le-ho-ngheo-2020.png'],
    ['Kế hoạch và thực hiện năm 2020', ['2020', 'Tân Uyên'], 'svg', 'chi-tieu-ke-hoach-va-thuc-hien-nam-2020-tan-uyen.svg'],
    ['Thu ngân sách — Tỉnh Lai Châu', ['Lai Châu', 'Thu ngân sách'], 'csv', 'chi-tieu-thu-ngan-sach-tinh-lai-chau.csv'],
    ['Đường ô tô: 100% (KH)', [], 'png', 'chi-tieu-duong-o-to-100-kh.png'],
    ['', ['2019'], 'csv', 'chi-tieu-2019.csv'],
  ])('%s + %j → %s', (title, selection, extension, expected) => {
    expect(exportFileName(title, selection, extension)).toBe(expected);
  });

  it('does not count a value as named when it is only part of a word', () => {
    expect(exportFileName('Năm 20201', ['2020'], 'png')).toBe('chi-tieu-nam-20201-2020.png');
  });

  it('stays short and never ends in a dash', () => {
    const name = exportFileName('Tổng thu ngân sách nhà nước trên địa bàn '.repeat(6), ['2020'], 'png');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/^chi-tieu-[a-z0-9-]*[a-z0-9]\.png$/);
  });
});
