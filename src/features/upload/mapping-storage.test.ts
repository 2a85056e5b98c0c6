// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisReport } from '../../domain/upload/analyze-upload';
import { mappingKey } from '../../domain/upload/column-mapping';
import { useStorageNotices } from '../../lib/state/storage-notices';
import { checkMapping, recallMapping, rememberMapping } from './mapping-storage';

const header = ['Huyện', 'Năm', 'Chỉ tiêu', 'Kế hoạch'];
const key = `chi-tieu-mapping:${mappingKey(header)}`;
const good = [{ kind: 'field', field: 'area' }, { kind: 'field', field: 'year' }, { kind: 'ignore' }, { kind: 'figure', indicator: 'budget_revenue', field: 'plan', label: 'Kế hoạch' }];

beforeEach(() => {
  localStorage.clear();
  useStorageNotices.setState({ notices: [] });
  vi.restoreAllMocks();
});

describe('the remembered column mapping read back', () => {
  it('recalls a good mapping', () => {
    localStorage.setItem(key, JSON.stringify(good));
    expect(recallMapping(header)).toEqual(good);
    expect(useStorageNotices.getState().notices).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops', 'không phải JSON'],
    ['not a list', '{"0":{"kind":"ignore"}}', 'không phải danh sách cột'],
    ['a wrong column count', JSON.stringify(good.slice(1)), 'có 3 cột, tệp có 4'],
    ['an unknown kind', JSON.stringify([...good.slice(0, 3), { kind: 'script', src: '//evil' }]), 'cột 4'],
    ['an unknown field', JSON.stringify([{ kind: 'field', field: '__proto__' }, ...good.slice(1)]), 'cột 1: “field”'],
    ['a hostile indicator id', JSON.stringify([...good.slice(0, 3), { kind: 'figure', indicator: '../../x', field: 'plan', label: 'KH' }]), 'cột 4: “indicator”'],
    ['null', 'null', 'không phải danh sách cột'],
  ])('%s: set aside and named, the file is mapped afresh', (_, raw, detail) => {
    localStorage.setItem(key, raw);
    expect(recallMapping(header)).toBeUndefined();
    const [notice] = useStorageNotices.getState().notices;
    expect(notice?.kind).toBe('set-aside');
    expect(notice?.details.map((d) => d.vi).join(' ')).toContain(detail);
    expect(localStorage.getItem(`${key}:set-aside`)).toBe(raw);
  });

  it('checkMapping accepts only one valid target per column', () => {
    expect(checkMapping(JSON.stringify(good), 4).ok).toBe(true);
    expect(checkMapping(JSON.stringify(good), 5).ok).toBe(false);
  });

  it('a full storage on remember is said, not thrown', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => rememberMapping({ header, targets: good } as unknown as AnalysisReport)).not.toThrow();
    expect(useStorageNotices.getState().notices[0]?.kind).toBe('write-failed');
  });
});
