import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAreasCsv } from '../../domain/parse-catalog';
import { groupByFormer, hasFormerUnits, matchesUnit } from './unit-groups';

const parsed = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
if (!parsed.ok) throw new Error('data/areas.csv does not parse');
const areas = parsed.data;
const area = (id: string) => areas.find((a) => a.id === id)!;

describe('38 communes narrowed and grouped by former district', () => {
  it.each([
    ['xa-muong-kim', 'muong kim', true],
    ['xa-muong-kim', 'MƯỜNG', true],
    ['xa-muong-kim', 'than uyen', true], // its former district
    ['xa-muong-kim', 'tan uyen', false],
    ['phuong-tan-phong', 'lai chau', true],
    ['xa-muong-kim', '  ', true],
  ])('%s matches %j → %s', (id, query, expected) => {
    const a = area(id);
    expect(matchesUnit(a, a.predecessors?.[0] ? area(a.predecessors[0]) : undefined, query)).toBe(expected);
  });

  it('groups in the catalog order of the former districts, keeping rank order within each', () => {
    const ranked = ['xa-than-uyen', 'phuong-doan-ket', 'xa-muong-kim', 'phuong-tan-phong', 'xa-sin-suoi-ho'];
    const groups = groupByFormer(ranked, area, areas);
    expect(groups.map((g) => [g.former?.id, g.rows])).toEqual([
      ['tp-lai-chau', ['phuong-doan-ket', 'phuong-tan-phong']],
      ['phong-tho', ['xa-sin-suoi-ho']],
      ['than-uyen', ['xa-than-uyen', 'xa-muong-kim']],
    ]);
  });

  it('offers grouping only where units have former districts', () => {
    expect(hasFormerUnits(areas.filter((a) => a.level === 'commune'))).toBe(true);
    expect(hasFormerUnits(areas.filter((a) => a.level === 'district'))).toBe(false);
  });
});
