import { invisibleKind, invisibleName, type InvisibleKind } from './invisible-chars';

/**
 * Characters no label of this app may carry, found and removed in one place so the upload's
 * checks and the UI (slide titles, export captions) agree on what "unsafe" means:
 * - C0 controls U+0000–U+001F (tab, LF and CR are allowed in free text only),
 * - DEL U+007F and the C1 controls U+0080–U+009F,
 * - lone surrogates (a JSON "\ud800" gives one; a TextDecoder never does),
 * - the non-characters U+FFFE and U+FFFF,
 * - invisible formatting (invisible-chars.ts): the bidirectional controls, which reverse what
 *   follows them on screen and in the .docx ("130,3% KH" shown as "KH %3,031"), and the zero-width
 *   characters, which make names that look the same differ.
 * C0 controls, lone surrogates and U+FFFE/U+FFFF are not allowed in XML, so one of them in a name
 * makes an SVG export unparseable and its PNG fail later; DEL and C1 draw as nothing or a box.
 * None of them is ever typed on purpose into a report.
 */
export interface ControlChar {
  /** Position in the string (UTF-16 code units). */
  index: number;
  codePoint: number;
  /** "U+0007", as a person looks it up. */
  label: string;
  /** What the character is: a control (or broken) character, a bidirectional control, or an invisible one. */
  kind: 'control' | InvisibleKind;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE": the label, with the Unicode name of an invisible character. */
  described: string;
}

/** Whether tab, LF and CR are allowed: in free text (notes, sources) yes, in names, units and ids no. */
export type ControlCharPolicy = 'none' | 'line-breaks';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

export const codePointLabel = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function isForbiddenUnit(unit: number, policy: ControlCharPolicy): boolean {
  if (unit < 0x20) return !(policy === 'line-breaks' && (unit === TAB || unit === LF || unit === CR));
  return (unit >= 0x7f && unit <= 0x9f) || unit === 0xfffe || unit === 0xffff || invisibleKind(unit) !== null;
}

function found(index: number, unit: number): ControlChar {
  const label = codePointLabel(unit);
  const name = invisibleName(unit);
  return { index, codePoint: unit, label, kind: invisibleKind(unit) ?? 'control', described: name ? `${label} ${name}` : label };
}

/** Every forbidden character of `text`, in order. */
function* controlChars(text: string, policy: ControlCharPolicy): Generator<ControlChar> {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++; // a well-formed pair: a character beyond U+FFFF (emoji, rare CJK), allowed
      continue;
    }
    if (isHighSurrogate(unit) || isLowSurrogate(unit) || isForbiddenUnit(unit, policy))
      yield found(i, unit);
  }
}

/** The first forbidden character of `text`, or null when it is safe. Names, units and ids: `'none'`. */
export function findControlChar(text: string, policy: ControlCharPolicy = 'none'): ControlChar | null {
  for (const found of controlChars(text, policy)) return found;
  return null;
}

/** `text` without its forbidden characters (free text keeps tab, LF and CR by default). */
export function stripControlChars(text: string, policy: ControlCharPolicy = 'line-breaks'): string {
  let out = '';
  let from = 0;
  for (const { index } of controlChars(text, policy)) {
    out += text.slice(from, index);
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** How many forbidden characters `text` holds. */
export function countControlChars(text: string, policy: ControlCharPolicy = 'none'): number {
  return [...controlChars(text, policy)].length;
}

/** `text` with each forbidden character written as "[U+0007]", so a message can show where it is. */
export function showControlChars(text: string, policy: ControlCharPolicy = 'none'): string {
  let out = '';
  let from = 0;
  for (const { index, label } of controlChars(text, policy)) {
    out += `${text.slice(from, index)}[${label}]`;
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
