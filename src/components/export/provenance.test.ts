import { describe, expect, it } from 'vitest';
import { interpolate } from '../../lib/language/feature-messages';
import { provenanceLines, selectionOf, viewPath, yearShown, type Provenance } from './provenance';

const say = (key: string, params?: Record<string, string | number>) => interpolate(`${key}|{text}{path}{unit}{source}{id}{file}{date}{level}{n}`, params).replace(/\{\w+\}/g, '');

describe('yearShown', () => {
  it.each([
    ['the URL’s year when the data has it', '/district/tan-uyen', 2019, 2019],
    ['the default year when the URL has none', '/district/tan-uyen', null, 2020],
    ['the default year when the URL’s is not in the data', '/ranking', 1999, 2020],
    ['none for the trend, which spans every year', '/trend', null, null],
  ])('%s', (_, pathname, urlYear, expected) => {
    expect(yearShown(pathname, urlYear, [2016, 2019, 2020], 2020)).toBe(expected);
  });
});

describe('selectionOf', () => {
  it.each([
    ['/district/tan-uyen', '?year=2020', { year: 2020, area: 'tan-uyen', indicator: null }],
    ['/indicator/budget_revenue', '?year=2019&lang=en', { year: 2019, area: null, indicator: 'budget_revenue' }],
    ['/trend', '?area=lai-chau&indicator=budget_revenue', { year: null, area: 'lai-chau', indicator: 'budget_revenue' }],
    ['/ranking', '?year=abc', { year: null, area: null, indicator: null }],
    ['/district', '', { year: null, area: null, indicator: null }],
  ])('%s%s', (pathname, search, expected) => {
    expect(selectionOf(pathname, search)).toEqual(expected);
  });
});

describe('viewPath', () => {
  it('keeps the selection and drops the presentation flag', () => {
    expect(viewPath('/district/tan-uyen', '?year=2020&embed=1&lang=en')).toBe('/district/tan-uyen?year=2020&lang=en');
    expect(viewPath('/trend', '')).toBe('/trend');
  });
});

describe('provenanceLines', () => {
  const base: Provenance = { selection: [{ label: 'Năm', value: '2020' }, { label: 'Đơn vị', value: 'Tân Uyên' }], path: '/district/tan-uyen?year=2020', sources: ['b', ' a ', 'b', ''], version: null };

  it('names the selection, link, each distinct source once, and the built-in version', () => {
    expect(provenanceLines(base, say)).toEqual(['selection|Năm: 2020 · Đơn vị: Tân Uyên', 'link|/district/tan-uyen?year=2020', 'source|b', 'source|a', 'versionBuiltIn|']);
  });

  it('adds the unit, the upload version with its file and date, and the export date', () => {
    const lines = provenanceLines({ ...base, unit: 'tỷ đồng', version: { kind: 'draft', id: 3, fileName: 'upload-2021.csv', date: '12/05/2025' }, exportedAt: '14/06/2025' }, say);
    expect(lines).toContain('unit|tỷ đồng');
    expect(lines).toContain('versionUpload|3upload-2021.csv12/05/2025');
    expect(lines.at(-1)).toBe('exportedAt|14/06/2025');
  });

  it('names the level of the units shown and how many', () => {
    const lines = provenanceLines({ ...base, level: { name: 'xã, phường', count: 38 } }, say);
    expect(lines.slice(0, 3)).toEqual(['selection|Năm: 2020 · Đơn vị: Tân Uyên', 'level|xã, phường38', 'link|/district/tan-uyen?year=2020']);
  });

  it('names the published version with its date', () => {
    expect(provenanceLines({ ...base, version: { kind: 'published', id: '20261128T0930Z-3fa9c2', date: '28/11/2026' } }, say)).toContain('versionPublished|20261128T0930Z-3fa9c228/11/2026');
  });

  it('says when no source is given rather than printing nothing', () => {
    expect(provenanceLines({ ...base, selection: [], sources: [] }, say)).toEqual(['link|/district/tan-uyen?year=2020', 'noSource|', 'versionBuiltIn|']);
  });
});
