import { describe, expect, it } from 'vitest';
import { createAreaMatcher } from './area-match';
import { LAI_CHAU_AREAS } from '../testing/builders';

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
