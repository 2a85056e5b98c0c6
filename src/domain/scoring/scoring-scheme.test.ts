import { describe, expect, it } from 'vitest';
import { decodeScheme, defaultScheme, encodeScheme, type ScoringScheme } from './scoring-scheme';
import { LIMITS } from '../limits';
import { parseSchemeJson, schemeFileTooLarge, schemeToJson } from './scoring-scheme-file';

const custom: ScoringScheme = {
  criteria: [
    { indicator: 'budget_revenue', weight: 2.5, cap: 150, included: true },
    { indicator: 'jobs_created', weight: 1, cap: 120, included: false },
  ],
  missing: 'zero',
  tieBreak: 'shared',
};

describe('the URL form of a scheme', () => {
  it('is compact and readable', () => {
    expect(encodeScheme(custom)).toBe('z;s;budget_revenue:2.5:150;!jobs_created:1:120');
  });

  it.each([custom, defaultScheme([]), defaultScheme(['a', 'b'])])('round-trips %#', (scheme) => {
    expect(decodeScheme(encodeScheme(scheme))).toEqual(scheme);
  });

  it('names the level it ranks, and reads links written before levels existed', () => {
    expect(encodeScheme({ ...custom, level: 'commune' })).toBe('z;s;@commune;budget_revenue:2.5:150;!jobs_created:1:120');
    expect(decodeScheme('z;s;@commune;budget_revenue:2.5:150;!jobs_created:1:120')).toEqual({ ...custom, level: 'commune' });
    expect(decodeScheme('z;s;budget_revenue:2.5:150;!jobs_created:1:120')).toEqual(custom);
    expect(decodeScheme('x;c;@district')).toEqual({ criteria: [], missing: 'exclude', tieBreak: 'coverage', level: 'district' });
  });

  it.each(['x;c;@huyen;a:1:150', 'x;c;@;a:1:150', 'x;c;a:1:150;@commune', 'x;c;@commune;@commune'])('rejects a bad level: %j', (text) => {
    expect(decodeScheme(text)).toBeNull();
  });

  it.each(['', 'q;c', 'x;c;a:1', 'x;c;a:-1:150', 'x;c;a:1:0', 'x;c;a:x:150', 'x;c;a:1:150;a:2:150', 'x;c;a b:1:150', 'x;c;a:1:150:9'])('rejects %j', (text) => {
    expect(decodeScheme(text)).toBeNull();
  });
});

describe('the JSON file of a scheme', () => {
  it('round-trips through export and import', () => {
    const result = parseSchemeJson(schemeToJson(custom), ['budget_revenue', 'jobs_created']);
    expect(result).toEqual({ ok: true, data: custom, warnings: [] });
  });

  it.each<[string, string, string]>([
    ['{ not json', 'not-json', ''],
    ['{"format":"something-else","version":1,"missing":"exclude","criteria":[]}', 'invalid-field', 'format'],
    ['{"format":"chi-tieu-scoring-scheme","version":1,"missing":"exclude","criteria":[{"indicator":"budget_revenue","weight":-2}]}', 'invalid-field', 'criteria[0].weight'],
    ['{"format":"chi-tieu-scoring-scheme","version":1,"missing":"sometimes","criteria":[]}', 'invalid-field', 'missing'],
    ['{"format":"chi-tieu-scoring-scheme","version":1,"missing":"zero","criteria":[{"indicator":"a","weight":1},{"indicator":"a","weight":2}]}', 'duplicate-criterion', 'criteria[1].indicator'],
  ])('reports a bad file: %s', (text, code, column) => {
    const result = parseSchemeJson(text, ['a', 'budget_revenue']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe(code);
    expect(result.issues[0]?.column ?? '').toBe(column);
    expect(result.issues[0]?.message.vi).not.toBe('');
  });

  it('keeps the level it ranks; a file without one (written before the reform) still loads', () => {
    const withLevel = { ...custom, level: 'commune' as const };
    expect(parseSchemeJson(schemeToJson(withLevel), ['budget_revenue', 'jobs_created'])).toEqual({ ok: true, data: withLevel, warnings: [] });
    expect(JSON.parse(schemeToJson(custom))).not.toHaveProperty('level');
    const bad = parseSchemeJson('{"format":"chi-tieu-scoring-scheme","version":1,"missing":"exclude","level":"huyen","criteria":[]}', []);
    expect(bad.ok || bad.issues.map((i) => [i.column, i.message.vi])).toEqual([['level', '“level” phải là "district" (huyện), "commune" (xã, phường) hoặc "province" (tỉnh).']]);
  });

  it('fills defaults', () => {
    const result = parseSchemeJson('{"format":"chi-tieu-scoring-scheme","version":1,"missing":"exclude","criteria":[{"indicator":"a","weight":1}]}', ['a']);
    expect(result.ok && result.data.criteria).toEqual([{ indicator: 'a', weight: 1, cap: 150, included: true }]);
  });

  it.each(['mystery', 'label', 'name', 'value', 'id', '__proto__', 'constructor'])('refuses an indicator the dataset does not know: %s', (id) => {
    const result = parseSchemeJson(`{"format":"chi-tieu-scoring-scheme","version":1,"missing":"exclude","criteria":[{"indicator":"${id}","weight":1}]}`, ['a']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.column])).toEqual([['unknown-indicator', 'criteria[0].indicator']]);
    expect(result.issues[0]?.message.vi).toContain(`không có chỉ tiêu “${id}”`);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseSchemeJson(`{"pad":"${'x'.repeat(LIMITS.schemeBytes)}"}`, []);
    expect(result.ok || result.issues.map((i) => i.code)).toEqual(['file-too-large']);
    expect(schemeFileTooLarge(LIMITS.schemeBytes)).toBeNull();
    expect(schemeFileTooLarge(LIMITS.schemeBytes + 1)?.message.en).toContain('over the 256 kB limit');
  });

  it('refuses more criteria than a scheme holds', () => {
    const criteria = Array.from({ length: LIMITS.schemeCriteria + 1 }, (_, i) => ({ indicator: `i${i}`, weight: 1 }));
    const result = parseSchemeJson(JSON.stringify({ format: 'chi-tieu-scoring-scheme', version: 1, missing: 'exclude', criteria }), criteria.map((c) => c.indicator));
    expect(result.ok || result.issues[0]?.message.vi).toContain(`tối đa ${LIMITS.schemeCriteria} tiêu chí`);
  });
});
