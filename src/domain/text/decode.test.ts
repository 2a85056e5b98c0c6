import { describe, expect, it } from 'vitest';
import { decodeBytes, wideEncodingOf } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** `s` in UTF-16, either byte order, with or without its BOM (FF FE for LE, FE FF for BE). */
const utf16 = (order: 'le' | 'be', s: string, bom: boolean) => {
  const text = bom ? `\uFEFF${s}` : s;
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i * 2 + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
};
const utf16le = (s: string, bom: boolean) => utf16('le', s, bom);
const utf16be = (s: string, bom: boolean) => utf16('be', s, bom);
/** `s` in UTF-32, either byte order, with or without its BOM (FF FE 00 00 for LE, 00 00 FE FF for BE). */
const utf32 = (order: 'le' | 'be', s: string, bom: boolean) => {
  const points = [...(bom ? `\uFEFF${s}` : s)].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  points.forEach((p, i) => new DataView(out.buffer).setUint32(i * 4, p, order === 'le'));
  return out;
};
// "Sìn Hồ" in Windows-1258: tone marks are combining bytes (0xCC = grave), ô is 0xF4.
const SIN_HO_1258 = new Uint8Array([0x53, 0x69, 0xcc, 0x6e, 0x20, 0x48, 0xf4, 0xcc]);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Huyện;Năm\nSìn Hồ;2021')]), 'utf-8', 'bom'],
    ['UTF-8 without BOM', utf8('Huyện;Năm\nSìn Hồ;2021'), 'utf-8', 'valid-utf8'],
    ['UTF-16 LE with BOM', utf16le('Huyện\tNăm\nSìn Hồ\t2021', true), 'utf-16le', 'bom'],
    ['UTF-16 LE without BOM', utf16le('area\tyear\nSin Ho\t2021', false), 'utf-16le', 'zero-bytes'],
    ['UTF-16 LE without BOM, Vietnamese', utf16le('Huyện,Năm,KH\r\nSìn Hồ,2021,1.862\r\n', false), 'utf-16le', 'zero-bytes'],
    ['UTF-16 BE with BOM', utf16be('Huyện\tNăm\nSìn Hồ\t2021', true), 'utf-16be', 'bom'],
    ['UTF-16 BE with BOM, one short line', utf16be('Sìn Hồ', true), 'utf-16be', 'bom'],
    ['UTF-16 BE without BOM', utf16be('area\tyear\nSin Ho\t2021', false), 'utf-16be', 'zero-bytes'],
    ['UTF-16 BE without BOM, Vietnamese', utf16be('Huyện,Năm,KH\r\nSìn Hồ,2021,1.862\r\n', false), 'utf-16be', 'zero-bytes'],
    ['Windows-1258', new Uint8Array([...utf8('area\n'), ...SIN_HO_1258]), 'windows-1258', 'fallback'],
  ] as const)('%s', (_, bytes, encoding, detected) => {
    const result = decodeBytes(bytes);
    expect(result).toMatchObject({ ok: true, encoding, detected });
    if (result.ok) expect(result.text.normalize('NFC')).toMatch(/S[iì]n H[oồ]/);
  });

  it('decodes Windows-1258 into the same names as UTF-8', () => {
    const result = decodeBytes(SIN_HO_1258);
    expect(result.ok && result.text.normalize('NFC')).toBe('Sìn Hồ');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
  ] as const)('rejects %s', (_, bytes, reason) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason });
  });

  it.each([
    ['LE', utf16le('Đơn vị;Năm;KH;TH\nTân Uyên;2021;70;75,5\n', false)],
    ['BE', utf16be('Đơn vị;Năm;KH;TH\nTân Uyên;2021;70;75,5\n', false)],
    ['BE with BOM', utf16be('Đơn vị;Năm;KH;TH\nTân Uyên;2021;70;75,5\n', true)],
  ])('UTF-16 %s gives the same text as UTF-8', (_, bytes) => {
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: 'Đơn vị;Năm;KH;TH\nTân Uyên;2021;70;75,5\n' });
  });

  it.each([
    ['LE with BOM', utf32('le', 'area,year,indicator\nSin Ho,2021,x\n', true), 'utf-32le', 'bom'],
    ['LE with BOM, Vietnamese', utf32('le', 'Huyện;Năm\nSìn Hồ;2021', true), 'utf-32le', 'bom'],
    ['LE without BOM', utf32('le', 'Huyện;Năm;KH\r\nSìn Hồ;2021;1.862\r\n', false), 'utf-32le', 'zero-bytes'],
    ['BE with BOM', utf32('be', 'area\tyear\nSin Ho\t2021', true), 'utf-32be', 'bom'],
    ['BE without BOM', utf32('be', 'Đơn vị,Năm,TH\nTân Uyên,2021,75\n', false), 'utf-32be', 'zero-bytes'],
    ['LE without BOM, an emoji (a character beyond U+FFFF)', utf32('le', 'area,note\nSin Ho,📈 tăng\n', false), 'utf-32le', 'zero-bytes'],
  ] as const)('refuses UTF-32 %s by name, not as UTF-16 or binary', (_, bytes, encoding, detected) => {
    expect(wideEncodingOf(bytes)).toEqual({ encoding, detected });
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason: 'utf-32' });
  });

  it.each([
    ['UTF-16 LE with BOM (FF FE, then text)', utf16le('Huyện', true), { encoding: 'utf-16le', detected: 'bom' }],
    ['UTF-16 LE without BOM', utf16le('area,year\nSin Ho,2021', false), { encoding: 'utf-16le', detected: 'zero-bytes' }],
    ['UTF-8', utf8('Huyện;Năm\nSìn Hồ;2021'), null],
    ['four bytes of UTF-32 (too short to tell without a BOM)', utf32('le', 'a', false), null],
    ['Windows-1258', SIN_HO_1258, null],
  ] as const)('%s is not UTF-32', (_, bytes, wide) => {
    expect(wideEncodingOf(bytes)).toEqual(wide);
  });

  it('reads UTF-16 BE when the analyst chooses it', () => {
    expect(decodeBytes(utf16be('Sìn Hồ', false), 'utf-16be')).toMatchObject({ ok: true, text: 'Sìn Hồ', encoding: 'utf-16be', detected: 'chosen' });
  });

  it('lets the analyst override the guess', () => {
    const result = decodeBytes(utf8('Sìn Hồ'), 'windows-1258');
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1258', detected: 'chosen' });
    expect(result.ok && result.text).not.toBe('Sìn Hồ');
  });
});

describe('decodeBytes keeps NFC text as it is, and normalizes the rest', () => {
  it.each([
    ['Sìn Hồ; Mường Tè', 'Sìn Hồ; Mường Tè'],
    ['Si\u0300n Ho\u0302\u0300', 'Sìn Hồ'],
    ['Ω ohm \u2126', 'Ω ohm \u03a9'],
    ['TP Lai Châu – 2021', 'TP Lai Châu – 2021'],
    // "‰" is NFC as it stands: the text is kept, not normalized whole; a mark after it or after a Vietnamese letter is not.
    ['Giảm tỷ suất sinh 0,3 ‰; 1,2 ‰', 'Giảm tỷ suất sinh 0,3 ‰; 1,2 ‰'],
    ['0,3 ‰ Ho\u0302\u0300', '0,3 ‰ Hồ'],
    ['a\u0323\u0302 ạ\u0302 ‰\u0301', 'ậ ậ ‰\u0301'],
    ['Hàn \u1112\u1161\u11ab', 'Hàn \ud55c'],
    ['x \ud83d\ude00 \u2126', 'x \ud83d\ude00 \u03a9'],
  ])('%s', (text, expected) => {
    const decoded = decodeBytes(new TextEncoder().encode(text));
    expect(decoded.ok && decoded.text).toBe(expected);
    expect(expected).toBe(text.normalize('NFC'));
  });
});

describe('decodeBytes gives the same text as normalizing it whole', () => {
  // Plain letters, precomposed Vietnamese ones, combining marks, symbols, Hangul jamo, singletons: any mix.
  const PIECES = ['a', 'o', 'A', ' ', ';', 'ạ', 'ồ', 'ư', 'Đ', '\u0300', '\u0301', '\u0302', '\u0323', '\u0309', '‰', '–', '\u2126', '\u212b', '\u1100', '\u1161', '\u11a8', '\uac00', 'e\u0301', '\ud83d\ude00'];
  it.each(Array.from({ length: 40 }, (_, seed) => seed + 1))('seed %i', (seed) => {
    let s = seed;
    const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const text = Array.from({ length: 60 }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
    const decoded = decodeBytes(new TextEncoder().encode(`x${text}`));
    expect(decoded.ok && decoded.text).toBe(`x${text}`.normalize('NFC'));
  });
});
