import { describe, expect, it } from 'vitest';
import { createAreaSearch } from './area-search';
import type { Area } from '../model';

const areas: Area[] = [
  { id: 'vn', name: 'Việt Nam', level: 'country', parent: null },
  { id: 'cum', name: 'Cụm thi đua Mường', level: 'cluster', parent: null },
  { id: 'lc', name: 'Lai Châu', level: 'province', parent: 'vn', kind: 'tỉnh' },
  { id: 'tp-lc', name: 'Thành phố Lai Châu', level: 'district', parent: 'lc', kind: 'thành phố' },
  { id: 'sin-ho', name: 'Sìn Hồ', level: 'district', parent: 'lc', kind: 'huyện' },
  { id: 'muong-kim', name: 'Mường Kim', level: 'commune', parent: 'lc', kind: 'xã' },
  { id: 'db-muong-kim', name: 'Mường Kim', level: 'commune', parent: 'db', kind: 'xã' },
  { id: 'db', name: 'Điện Biên', level: 'province', parent: 'vn', kind: 'tỉnh' },
  { id: 'xa-dong-112', name: 'Xã Đông 112', level: 'commune', parent: 'db', kind: 'xã' },
];
const search = createAreaSearch(areas);
const ids = (query: string) => search.search(query).hits.map((h) => h.area.id);

describe('area search: typed with or without diacritics', () => {
  it.each([
    ['the whole name first, then a name it begins', 'lai chau', ['lc', 'tp-lc']],
    ['capitals and diacritics alike', 'LAI CHÂU', ['lc', 'tp-lc']],
    ['an abbreviated prefix', 'H. Sin Ho', ['sin-ho']],
    ['a prefix the reader types', 'xa muong kim', ['db-muong-kim', 'muong-kim']],
    ['a commune typed without diacritics', 'dong 112', ['xa-dong-112']],
    ['a word inside the name', 'kim', ['db-muong-kim', 'muong-kim']],
    ['never a cluster', 'cum thi dua', []],
    ['nothing typed, nothing found', '  ', []],
  ])('%s', (_, query, expected) => expect(ids(query)).toEqual(expected));

  it('names each hit’s parent (the same commune name in two provinces)', () => {
    expect(search.search('muong kim').hits.map((h) => h.parent?.name)).toEqual(['Điện Biên', 'Lai Châu']);
  });

  it('counts every match but returns the first few', () => {
    expect(search.search('a', 2)).toMatchObject({ total: 6 });
    expect(search.search('a', 2).hits).toHaveLength(2);
  });
});
