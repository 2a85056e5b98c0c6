import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Localized } from '../../domain/issues';
import { shortValue } from '../../domain/text/safe-text';
import { useStorageNotices } from './storage-notices';

/**
 * Values kept in localStorage come back as untrusted text: an older version, another tab, a
 * hand edit or a full disk may have left anything there. Every read goes through a check; a value
 * that fails it (or is over its size) is set aside — moved to "<key>:set-aside" so nothing is lost,
 * or dropped when there is no room for the copy — and a notice names it. Every write is caught:
 * a full or blocked storage is said, never thrown.
 */
export interface StoredThing {
  key: string;
  what: Localized;
  fix: Localized;
  /** Longest stored text read or written, in characters. */
  maxChars: number;
}

/** A stored value read back: what may be used, and what was wrong with the rest. */
export type Checked<T> = { ok: true; value: T; problems: Localized[] } | { ok: false; problems: Localized[] };

export const asideKeyOf = (key: string) => `${key}:set-aside`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function setAside(thing: StoredThing, raw: string, problems: Localized[]) {
  const store = storage();
  let asideKey: string | null = asideKeyOf(thing.key);
  try {
    // The original goes first, so its room can hold the copy.
    store?.removeItem(thing.key);
    store?.setItem(asideKey, raw);
  } catch {
    asideKey = null;
  }
  useStorageNotices.getState().report({ kind: 'set-aside', what: thing.what, key: thing.key, asideKey, details: problems, fix: thing.fix });
}

/** The stored value under thing.key, checked; null when there is none or it was set aside. */
export function readStored<T>(thing: StoredThing, check: (text: string) => Checked<T>): T | null {
  let raw: string | null;
  try {
    raw = storage()?.getItem(thing.key) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  if (raw.length > thing.maxChars) {
    setAside(thing, raw, [{ vi: `dài ${raw.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${thing.maxChars.toLocaleString('vi-VN')}`, en: `${raw.length.toLocaleString('en-GB')} characters long, over the limit of ${thing.maxChars.toLocaleString('en-GB')}` }]);
    return null;
  }
  let checked: Checked<T>;
  try {
    checked = check(raw);
  } catch (error) {
    checked = { ok: false, problems: [{ vi: `không đọc được (${String(error)})`, en: `could not be read (${String(error)})` }] };
  }
  if (!checked.ok || checked.problems.length > 0) setAside(thing, raw, checked.problems);
  return checked.ok ? checked.value : null;
}

function failureReason(error: unknown): Localized {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof DOMException && error.code === 22)) return { vi: 'bộ nhớ của trình duyệt cho trang này đã đầy', en: 'the browser’s storage for this site is full' };
  if (name === 'SecurityError') return { vi: 'trình duyệt không cho lưu (chế độ riêng tư hoặc bị chặn)', en: 'the browser does not allow storage (private mode or blocked)' };
  return { vi: `trình duyệt báo lỗi (${String(error)})`, en: `the browser reported an error (${String(error)})` };
}

/** Stores the text; false (and a notice) when it is too big or the browser refuses. */
export function writeStored(thing: StoredThing, text: string): boolean {
  const notices = useStorageNotices.getState();
  let reason: Localized | null = null;
  if (text.length > thing.maxChars) {
    reason = { vi: `dài ${text.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${thing.maxChars.toLocaleString('vi-VN')}`, en: `${text.length.toLocaleString('en-GB')} characters long, over the limit of ${thing.maxChars.toLocaleString('en-GB')}` };
  } else {
    try {
      const store = storage();
      if (!store) throw new DOMException('localStorage is not available', 'SecurityError');
      store.setItem(thing.key, text);
    } catch (error) {
      reason = failureReason(error);
    }
  }
  if (reason) notices.report({ kind: 'write-failed', what: thing.what, key: thing.key, asideKey: null, details: [reason], fix: thing.fix });
  else notices.clear(thing.key, 'write-failed');
  return reason === null;
}

export function removeStored(key: string) {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing stored can be removed from a blocked storage either.
  }
}

/** JSON.parse as a check's first step: not JSON is a problem, not an exception. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Localized } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { vi: `không phải JSON hợp lệ: “${shortValue(text, 40).vi}”`, en: `not valid JSON: “${shortValue(text, 40).en}”` } };
  }
}

/**
 * A zustand persist storage that checks what it reads back (the envelope, then checkState on
 * the state) and catches what it cannot write: the store hydrates from what passed, or its defaults.
 */
export function guardedPersistStorage<S>(thing: Omit<StoredThing, 'key'>, checkState: (state: unknown) => Checked<S>, version = 0): PersistStorage<S> {
  return {
    getItem: (name) =>
      readStored<StorageValue<S>>({ ...thing, key: name }, (text) => {
        const parsed = parseJson(text);
        if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
        const envelope = parsed.value;
        if (envelope === null || typeof envelope !== 'object' || !Object.hasOwn(envelope, 'state')) return { ok: false, problems: [{ vi: 'không có phần "state"', en: 'it has no "state"' }] };
        const stored = envelope as { state: unknown; version?: unknown };
        if ((stored.version ?? 0) !== version) return { ok: false, problems: [{ vi: `phiên bản ${String(stored.version)} không phải phiên bản ${version} mà ứng dụng đọc được`, en: `version ${String(stored.version)} is not version ${version}, which the app reads` }] };
        const checked = checkState(stored.state);
        return checked.ok ? { ok: true, value: { state: checked.value, version }, problems: checked.problems } : checked;
      }),
    setItem: (name, value) => {
      writeStored({ ...thing, key: name }, JSON.stringify(value));
    },
    removeItem: (name) => removeStored(name),
  };
}
