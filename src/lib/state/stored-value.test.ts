// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDeckStore } from './deck-store';
import { useStorageNotices } from './storage-notices';
import { asideKeyOf, readStored, writeStored, type Checked } from './stored-value';
import { useUiStore } from './ui-store';

const thing = { key: 'test-key', what: { vi: 'thử', en: 'test' }, fix: { vi: 'sửa', en: 'fix' }, maxChars: 100 };
const numberCheck = (text: string): Checked<number> => (/^\d+$/.test(text) ? { ok: true, value: Number(text), problems: [] } : { ok: false, problems: [{ vi: 'không phải số', en: 'not a number' }] });
const notices = () => useStorageNotices.getState().notices;

beforeEach(() => {
  localStorage.clear();
  useStorageNotices.setState({ notices: [] });
});
afterEach(() => vi.restoreAllMocks());

describe('readStored', () => {
  it('reads a good value without a notice', () => {
    localStorage.setItem('test-key', '42');
    expect(readStored(thing, numberCheck)).toBe(42);
    expect(notices()).toEqual([]);
  });

  it.each([
    ['not what the check wants', 'forty-two', 'không phải số'],
    ['over the size, before any parsing', '1'.repeat(101), 'quá giới hạn 100'],
  ])('sets aside a value %s, keeps the raw text, and says so', (_, raw, detail) => {
    localStorage.setItem('test-key', raw);
    const check = vi.fn(numberCheck);
    expect(readStored(thing, check)).toBeNull();
    expect(localStorage.getItem('test-key')).toBeNull();
    expect(localStorage.getItem(asideKeyOf('test-key'))).toBe(raw);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.details[0]?.vi).toContain(detail);
    if (raw.length > 100) expect(check).not.toHaveBeenCalled();
  });

  it('survives a check that throws', () => {
    localStorage.setItem('test-key', 'x');
    expect(readStored(thing, () => { throw new Error('boom'); })).toBeNull();
    expect(notices()[0]?.details[0]?.en).toContain('boom');
  });
});

describe('writeStored', () => {
  it('says when the browser’s storage is full, and never throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeStored(thing, '1')).toBe(false);
    expect(notices()[0]).toMatchObject({ kind: 'write-failed', key: 'test-key' });
    expect(notices()[0]?.details[0]?.vi).toContain('đã đầy');
    // A second failure does not pile up a second notice.
    writeStored(thing, '2');
    expect(notices()).toHaveLength(1);
  });

  it('refuses a value over the size, and clears the notice once a write succeeds', () => {
    expect(writeStored(thing, 'x'.repeat(101))).toBe(false);
    expect(notices()).toHaveLength(1);
    expect(writeStored(thing, 'ok')).toBe(true);
    expect(notices()).toEqual([]);
  });
});

describe('the stored deck read back', () => {
  const store = (state: unknown) => localStorage.setItem('chi-tieu-deck', JSON.stringify({ state, version: 0 }));

  it.each([
    ['not JSON', () => localStorage.setItem('chi-tieu-deck', '{"state": [broken')],
    ['no slides', () => store({ seeded: true })],
    ['slides not a list', () => store({ slides: 'all', seeded: true })],
    ['a wrong version', () => localStorage.setItem('chi-tieu-deck', JSON.stringify({ state: { slides: [], seeded: true }, version: 9 }))],
    ['null', () => localStorage.setItem('chi-tieu-deck', 'null')],
  ])('%s: the defaults, and a notice', async (_, put) => {
    put();
    await useDeckStore.persist.rehydrate();
    expect(useDeckStore.getState().slides).toEqual([]);
    expect(notices()[0]?.kind).toBe('set-aside');
    expect(localStorage.getItem('chi-tieu-deck:set-aside')).not.toBeNull();
  });

  it('keeps the good slides, drops hostile ones, and names each', async () => {
    store({
      seeded: true,
      slides: [
        { id: 'a1', kind: 'overview', view: '/?year=2020', title: 'Tổng quan\u0007' },
        { id: 'a2', kind: 'overview', view: '//evil.example/page', title: 'Bẫy' },
        { id: 'a3', kind: 'trend', view: 'javascript:alert(1)', title: 'JS' },
        { id: 'a1', kind: 'district', view: '/district/tan-uyen', title: 'Tân Uyên' },
        { id: 'a4', kind: 'ranking', view: '/\\evil.example', title: 'X' },
      ],
    });
    await useDeckStore.persist.rehydrate();
    const { slides } = useDeckStore.getState();
    expect(slides.map((s) => [s.kind, s.view, s.title])).toEqual([['overview', '/?year=2020', 'Tổng quan'], ['district', '/district/tan-uyen', 'Tân Uyên']]);
    expect(new Set(slides.map((s) => s.id)).size).toBe(2);
    const details = notices()[0]?.details.map((d) => d.vi) ?? [];
    expect(details).toHaveLength(3);
    expect(details[0]).toContain('Trang 2 “Bẫy”');
    expect(details[1]).toContain('javascript:alert(1)');
  });

  it('refuses hostile slides from every way in: add, replace, seed; bounds a rename', () => {
    useDeckStore.setState({ slides: [], seeded: false });
    expect(useDeckStore.getState().seed([{ kind: 'overview', view: '//evil', title: 'x' }, { kind: 'overview', view: '/', title: 'ok' }])).toHaveLength(1);
    expect(useDeckStore.getState().add({ kind: 'district', view: '/district/%2F%2Fevil', title: 'x' })).toHaveLength(1);
    expect(useDeckStore.getState().replace([{ kind: 'trend', view: '/\t/evil', title: 'x' }])).toHaveLength(1);
    expect(useDeckStore.getState().slides).toEqual([]);
    useDeckStore.getState().add({ kind: 'trend', view: '/trend', title: 'T' });
    const id = useDeckStore.getState().slides[0]?.id ?? '';
    useDeckStore.getState().rename(id, `a\u0000b ${'x'.repeat(10_000)}`);
    expect(useDeckStore.getState().slides[0]?.title).toMatch(/^ab x+$/);
    expect(useDeckStore.getState().slides[0]?.title.length).toBe(300);
  });

  it('says when the deck cannot be written, instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useDeckStore.getState().add({ kind: 'trend', view: '/trend', title: 'T' })).not.toThrow();
    expect(notices().some((n) => n.kind === 'write-failed' && n.key === 'chi-tieu-deck')).toBe(true);
  });
});

describe('the UI settings read back', () => {
  it.each([
    [{ language: 'fr', theme: 'dark', fontScale: 1.25 }, { language: 'vi', theme: 'dark', fontScale: 1.25 }, ['language']],
    [{ language: 'en', theme: 'purple', fontScale: 99 }, { language: 'en', theme: 'light', fontScale: 1 }, ['theme', 'fontScale']],
    [{ language: { toString: 1 }, theme: null, fontScale: '1.5' }, { language: 'vi', theme: 'light', fontScale: 1 }, ['language', 'theme', 'fontScale']],
    [{ language: 'en' }, { language: 'en', theme: 'light', fontScale: 1 }, []],
  ])('%j → %j', async (state, expected, named) => {
    localStorage.setItem('chi-tieu-ui', JSON.stringify({ state, version: 0 }));
    await useUiStore.persist.rehydrate();
    const { language, theme, fontScale } = useUiStore.getState();
    expect({ language, theme, fontScale }).toEqual(expected);
    const details = notices()[0]?.details.map((d) => d.en) ?? [];
    expect(details.map((d) => /“(\w+)”/.exec(d)?.[1])).toEqual(named);
  });

  it('a settings value that is not an object is set aside whole', async () => {
    useUiStore.setState({ language: 'en' });
    localStorage.setItem('chi-tieu-ui', JSON.stringify({ state: ['vi'], version: 0 }));
    await useUiStore.persist.rehydrate();
    expect(notices()[0]?.details[0]?.en).toContain('not a set of settings');
    expect(useUiStore.getState().language).toBe('en');
  });
});
