/** Excel's own bounds on a sheet's name: 31 characters, none of []:*?/\, not starting or ending with an apostrophe. */
export const SHEET_NAME_MAX = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters (C0, DEL, C1) and the line and paragraph separators Excel refuses.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A name Excel accepts for a sheet, as close to the wanted one as it allows: forbidden and control
 * characters become spaces, runs of spaces one, edge apostrophes and spaces go, and the name is cut
 * to 31 characters (never inside a surrogate pair). An empty result, or Excel's reserved "History",
 * gets the fallback.
 */
export function sheetName(wanted: string, fallback = 'Bảng'): string {
  const cleaned = wanted.normalize('NFC').replace(CONTROLS, ' ').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  const trim = (text: string) => text.replace(/^[\s']+|[\s']+$/g, '');
  let name = trim(cleaned);
  if (name.length > SHEET_NAME_MAX) {
    const cut = name.slice(0, SHEET_NAME_MAX);
    name = trim(/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut);
  }
  if (name === '' || name.toLowerCase() === 'history') return fallback === wanted ? 'Bảng' : sheetName(fallback, 'Bảng');
  return name;
}
