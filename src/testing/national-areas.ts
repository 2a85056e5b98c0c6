import type { Area } from '../domain/model';

export const testArea = (id: string, level: Area['level'], parent: string | null, name = id): Area => ({ id, name, level, parent });

/** A small country for tests: two provinces, their districts, and "Huyện Bắc 01" in both (names repeat across provinces). */
export const NATIONAL_AREAS: Area[] = [
  testArea('vn', 'country', null, 'Việt Nam'),
  testArea('lc', 'province', 'vn', 'Lai Châu'),
  testArea('db', 'province', 'vn', 'Điện Biên'),
  testArea('lc-h1', 'district', 'lc', 'Huyện Bắc 01'),
  testArea('lc-h2', 'district', 'lc', 'Huyện Nam 02'),
  testArea('db-h1', 'district', 'db', 'Huyện Bắc 01'),
];
