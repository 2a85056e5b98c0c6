import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAreasCsv } from '../catalog/parse-catalog';
import { inForceIn } from './areas';
import { createAreaMatcher } from './area-match';
import { LAI_CHAU_AREAS } from '../../testing/builders';

const matcher = createAreaMatcher(LAI_CHAU_AREAS);

describe('createAreaMatcher', () => {
  it.each([
    ['Sìn Hồ', 'sin-ho'],
    ['Sin Ho', 'sin-ho'],
    ['SÌN HỒ', 'sin-ho'],
    ['sìn hồ', 'sin-ho'],
    ['H. Sìn Hồ', 'sin-ho'],
    ['H.Sìn Hồ', 'sin-ho'],
    ['huyện Sìn Hồ', 'sin-ho'],
    ['Huyện  Sìn   Hồ ', 'sin-ho'],
    ['sin-ho', 'sin-ho'],
    ['Tân Uyên', 'tan-uyen'],
    ['H. Tân Uyên', 'tan-uyen'],
    ['Than Uyen', 'than-uyen'],
    ['Mường Tè', 'muong-te'],
    ['MUONG TE', 'muong-te'],
    ['Nậm Nhùn', 'nam-nhun'],
    ['Lai Châu', 'lai-chau'],
    ['Tỉnh Lai Châu', 'lai-chau'],
    ['Thành phố Lai Châu', 'tp-lai-chau'],
    ['TP Lai Châu', 'tp-lai-chau'],
    ['TP. Lai Chau', 'tp-lai-chau'],
    ['tp-lai-chau', 'tp-lai-chau'],
    ['Phong Tho', 'phong-tho'],
    ['Tam Duong', 'tam-duong'],
  ])('%s → %s', (name, id) => {
    const result = matcher.match(name);
    expect(result.ok && result.area.id).toBe(id);
  });

  it.each([
    ['Atlantis', 'unknown'],
    ['Sìn Hồ Mới', 'unknown'],
    ['', 'unknown'],
  ])('%s is not an area (%s) and gets three suggestions', (name, reason) => {
    const result = matcher.match(name);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.suggestions).toHaveLength(3);
    }
  });

  it.each([
    ['Sin Hoo', 'Sìn Hồ'],
    ['Tan Uyen moi', 'Tân Uyên'],
    ['Muong Teh', 'Mường Tè'],
    ['Nam Nhun x', 'Nậm Nhùn'],
  ])('%s suggests %s first', (name, suggestion) => {
    const result = matcher.match(name);
    expect(!result.ok && result.suggestions[0]?.label).toBe(suggestion);
  });
});

describe('across the 2025 reform, the figure’s year chooses the unit (the shipped catalog)', () => {
  const parsed = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
  if (!parsed.ok) throw new Error('data/areas.csv does not parse');
  const reform = createAreaMatcher(parsed.data);

  it.each([
    ['Than Uyên', 2024, 'than-uyen'],
    ['Than Uyên', 2025, 'xa-than-uyen'],
    ['xã Than Uyên', 2025, 'xa-than-uyen'],
    ['Xa Than Uyen', 2026, 'xa-than-uyen'],
    ['Muong Kim', 2025, 'xa-muong-kim'],
    ['phường Tân Phong', 2025, 'phuong-tan-phong'],
    ['Phuong Doan Ket', 2025, 'phuong-doan-ket'],
    ['Lào Cai', 2020, 'lao-cai'],
    ['Lào Cai', 2025, 'lao-cai-2025'],
    ['tỉnh Tuyên Quang', 2025, 'tuyen-quang-2025'],
    ['Hà Giang', 2024, 'ha-giang'],
    ['Lai Châu', 2025, 'lai-chau'],
  ] as const)('"%s" in %d → %s', (name, year, id) => {
    const match = reform.match(name, year);
    expect(match.ok && match.area.id).toBe(id);
  });

  it.each([
    ['huyện Than Uyên', 2025, 'than-uyen', ['xa-muong-kim', 'xa-khoen-on', 'xa-than-uyen', 'xa-muong-than']],
    ['Huyen Tan Uyen', 2025, 'tan-uyen', ['xa-pac-ta', 'xa-nam-so', 'xa-tan-uyen', 'xa-muong-khoa']],
    ['TP Lai Châu', 2025, 'tp-lai-chau', ['phuong-tan-phong', 'phuong-doan-ket']],
    ['Hà Giang', 2025, 'ha-giang', ['tuyen-quang-2025']],
    ['xã Mường Kim', 2024, 'xa-muong-kim', []],
  ] as const)('"%s" in %d is %s, out of force; successors %j', (name, year, id, successors) => {
    const match = reform.match(name, year);
    expect(match.ok).toBe(false);
    if (match.ok || match.reason !== 'out-of-force') throw new Error(`expected out-of-force, got ${JSON.stringify(match)}`);
    expect(match.area.id).toBe(id);
    expect(match.successors.map((a) => a.id)).toEqual(successors);
  });

  it('has 38 communes in force in 2025 and 8 districts in 2024, with Lai Châu as their parent', () => {
    const under = (year: number) => parsed.data.filter((a) => a.parent === 'lai-chau' && inForceIn(a, year));
    expect(under(2025)).toHaveLength(38);
    expect(under(2025).filter((a) => a.kind === 'phường')).toHaveLength(2);
    expect(under(2024)).toHaveLength(8);
    expect(new Set(parsed.data.map((a) => a.name.normalize('NFC') === a.name)).has(false)).toBe(false);
  });
});
