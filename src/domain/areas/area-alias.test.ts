import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAliasedAreaMatcher } from './area-alias';
import { parseAreasCsv } from '../catalog/parse-catalog';
import { validateObservations } from '../validation/validate-observations';
import { buildIndicator } from '../../testing/builders';

const parsed = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
if (!parsed.ok) throw new Error('data/areas.csv does not parse');
const areas = parsed.data;

describe('area aliases chosen by the analyst, under the year rule', () => {
  const aliases = { 'Huyen Tan Uyen': 'xa-tan-uyen', 'Tan Uyen cu': 'tan-uyen', 'Ban Test': 'xa-pac-ta' };
  const matcher = createAliasedAreaMatcher(areas, aliases);

  it.each([
    // name, year, ok, area id, aliased
    ['Huyen Tan Uyen', 2025, true, 'xa-tan-uyen', true],
    ['HUYỆN TÂN UYÊN', 2025, true, 'xa-tan-uyen', true],
    ['huyen  tan uyen', 2025, true, 'xa-tan-uyen', true],
    // The name matches the district by itself in 2024: the alias is not needed, and not used.
    ['Huyen Tan Uyen', 2024, true, 'tan-uyen', false],
    ['Ban Test', 2025, true, 'xa-pac-ta', true],
    // Mapped to a unit out of force in the row's year: still an error, naming the unit.
    ['Tan Uyen cu', 2025, false, 'tan-uyen', true],
    ['Tan Uyen cu', 2020, true, 'tan-uyen', true],
    ['Ban Test', 2024, false, 'xa-pac-ta', true],
    // A name with no alias keeps the catalog's answer.
    ['Huyen Than Uyen', 2025, false, 'than-uyen', undefined],
  ] as const)('%s in %i', (name, year, ok, id, aliased) => {
    const match = matcher.match(name, year);
    expect(match.ok).toBe(ok);
    expect('area' in match ? match.area.id : null).toBe(id);
    expect(match.aliased).toBe(aliased === false ? undefined : aliased);
  });

  it('ignores an alias to an id the catalog lacks', () => {
    expect(createAliasedAreaMatcher(areas, { Atlantis: 'atlantis' }).match('Atlantis', 2025)).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('validation with area aliases', () => {
  const raw = (row: number, area: string, year: string) => ({ row, columnNames: {}, cells: { area, year, indicator: 'budget_revenue', actual: '12' } });
  const validate = (rows: ReturnType<typeof raw>[], areaAliases: Record<string, string>) => validateObservations(rows, { areas, indicators: [buildIndicator()], numberLocale: 'vi', areaAliases });

  it('an old district name mapped to its commune is valid for 2025, and the use is reported', () => {
    const result = validate([raw(2, 'Huyen Tan Uyen', '2025')], { 'Huyen Tan Uyen': 'xa-tan-uyen' });
    expect(result.issues).toEqual([]);
    expect(result.observations.map((o) => o.area)).toEqual(['xa-tan-uyen']);
    expect(result.areaAliasesUsed).toEqual([{ name: 'Huyen Tan Uyen', area: 'xa-tan-uyen' }]);
  });

  it('a name mapped to a district is an error for 2025, naming the mapping and the successors', () => {
    const result = validate([raw(2, 'Tan Uyen cu', '2025')], { 'Tan Uyen cu': 'tan-uyen' });
    expect(result.observations).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'area-out-of-force', row: 2, column: 'area', value: 'Tan Uyen cu' })]);
    expect(result.issues[0]?.message.vi).toContain('"Tan Uyen cu" được gán cho huyện Tân Uyên, nhưng huyện Tân Uyên không còn từ 01/07/2025 — có phải xã Pắc Ta');
    expect(result.areaAliasesUsed).toEqual([]);
  });

  it('a mapped row that collides with the unit’s own row is a duplicate', () => {
    const result = validate([raw(2, 'Xa Tan Uyen', '2025'), raw(3, 'Huyen Tan Uyen', '2025')], { 'Huyen Tan Uyen': 'xa-tan-uyen' });
    expect(result.observations).toHaveLength(1);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'duplicate-row', row: 3 })]);
    expect(result.issues[0]?.message.vi).toContain('Trùng với dòng 2');
  });

  it('a data key such as __proto__ is only a name', () => {
    const result = validate([raw(2, '__proto__', '2025')], JSON.parse('{"__proto__":"xa-tan-uyen"}') as Record<string, string>);
    expect(result.observations.map((o) => o.area)).toEqual(['xa-tan-uyen']);
  });
});
