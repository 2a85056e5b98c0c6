import { z } from '../../domain/zod';
import { LIMITS } from '../../domain/limits';
import { areaAliasKey } from '../../domain/areas/area-alias';
import type { AreaAliasUse } from '../../domain/validation/validate-observations';
import { parseJson, readStored, writeStored, type Checked, type StoredThing } from '../../lib/state/stored-value';

/** Area names mapped by the analyst, for every later upload: names are the reports', not a file's headers. */
const ALIAS_STORE = 'chi-tieu-area-aliases';
/** Remembered names at most: a province's communes many times over. */
const MAX_ALIASES = 2000;

// A list of pairs, not an object: a name in a file ("__proto__") never becomes a key of code.
const aliasSchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(LIMITS.cellChars)), area: z.string().check(z.minLength(1), z.maxLength(200)) });

const THING: StoredThing = {
  key: ALIAS_STORE,
  what: { vi: 'cách gán tên đơn vị đã nhớ', en: 'the remembered area-name mapping' },
  fix: { vi: 'Gán lại các tên ở mục «Đơn vị chưa có trong danh mục»; lần ghi sau sẽ nhớ lại.', en: 'Map the names again under “Areas not in the catalog”; the next save remembers them.' },
  maxChars: MAX_ALIASES * 400,
};

/** The stored mapping read back: every pair valid, or what is wrong. */
export function checkAreaAliases(text: string): Checked<AreaAliasUse[]> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const pairs = z.array(aliasSchema).check(z.maxLength(MAX_ALIASES)).safeParse(parsed.value);
  if (pairs.success) return { ok: true, value: pairs.data, problems: [] };
  const at = pairs.error.issues[0]?.path ?? [];
  return { ok: false, problems: [typeof at[0] === 'number' ? { vi: `mục ${at[0] + 1}: “${at.slice(1).join('.') || 'name'}” không hợp lệ`, en: `entry ${at[0] + 1}: “${at.slice(1).join('.') || 'name'}” is invalid` } : { vi: 'không phải danh sách tên đơn vị', en: 'not a list of area names' }] };
}

const stored = (): AreaAliasUse[] => readStored(THING, checkAreaAliases) ?? [];

/** Adds the names an upload's aliases placed; a later choice for a name replaces the earlier one. */
export function rememberAreaAliases(used: readonly AreaAliasUse[]) {
  if (used.length === 0) return;
  const fresh = new Set(used.map((u) => areaAliasKey(u.name)));
  const kept = stored().filter((s) => !fresh.has(areaAliasKey(s.name)));
  writeStored(THING, JSON.stringify([...used, ...kept].slice(0, MAX_ALIASES)));
}

/** The remembered mapping as upload options take it. */
export function recallAreaAliases(): Record<string, string> {
  return Object.fromEntries(stored().map((s) => [s.name, s.area]));
}

/** Forgets these names, when a remembered choice turns out wrong. */
export function forgetAreaAliases(names: readonly string[]) {
  const gone = new Set(names.map(areaAliasKey));
  writeStored(THING, JSON.stringify(stored().filter((s) => !gone.has(areaAliasKey(s.name)))));
}
