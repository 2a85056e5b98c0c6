// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useStorageNotices } from '../../lib/state/storage-notices';
import { checkAreaAliases, forgetAreaAliases, recallAreaAliases, rememberAreaAliases } from './area-alias-storage';

const KEY = 'chi-tieu-area-aliases';

beforeEach(() => {
  localStorage.clear();
  useStorageNotices.setState({ notices: [] });
});

describe('the remembered area mapping', () => {
  it('remembers what an upload used; a later choice for the same name (any spelling) replaces the earlier', () => {
    rememberAreaAliases([{ name: 'Huyen Tan Uyen', area: 'xa-pac-ta' }, { name: 'Huyen Than Uyen', area: 'xa-than-uyen' }]);
    rememberAreaAliases([{ name: 'HUYỆN TÂN UYÊN', area: 'xa-tan-uyen' }]);
    expect(recallAreaAliases()).toEqual({ 'HUYỆN TÂN UYÊN': 'xa-tan-uyen', 'Huyen Than Uyen': 'xa-than-uyen' });
    forgetAreaAliases(['huyen tan uyen']);
    expect(recallAreaAliases()).toEqual({ 'Huyen Than Uyen': 'xa-than-uyen' });
  });

  it('a name such as __proto__ stays a name', () => {
    rememberAreaAliases([{ name: '__proto__', area: 'xa-tan-uyen' }]);
    const recalled = recallAreaAliases();
    expect(Object.getPrototypeOf(recalled)).toBe(Object.prototype);
    expect(Object.entries(recalled)).toEqual([['__proto__', 'xa-tan-uyen']]);
  });

  it.each([
    ['not JSON', '{oops', 'không phải JSON'],
    ['an object instead of pairs', '{"Huyen Tan Uyen":"xa-tan-uyen"}', 'không phải danh sách'],
    ['an entry without an area', '[{"name":"A","area":"xa-a"},{"name":"B"}]', 'mục 2: “area”'],
    ['an empty name', '[{"name":"","area":"xa-a"}]', 'mục 1: “name”'],
  ])('sets aside %s and says so', (_, stored, problem) => {
    localStorage.setItem(KEY, stored);
    expect(checkAreaAliases(stored).ok).toBe(false);
    expect(recallAreaAliases()).toEqual({});
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(stored);
    expect(useStorageNotices.getState().notices[0]?.details[0]?.vi).toContain(problem);
  });
});
