import type { Localized } from '../../domain/issues';
import { formatBytes, LIMITS } from '../../domain/limits';
import { shortValue } from '../../domain/text/safe-text';
import { checkSlide, type CheckedSlide } from '../../domain/slides/slide-check';
import type { Slide } from '../../lib/state/deck-store';

export const DECK_FILE_FORMAT = 'chi-tieu-deck';

export function deckToJson(slides: Slide[]): string {
  return `${JSON.stringify({ format: DECK_FILE_FORMAT, version: 1, slides: slides.map(({ kind, view, title }) => ({ kind, view, title })) }, null, 2)}\n`;
}

export type DeckRead = { ok: true; slides: CheckedSlide[] } | { ok: false; problems: Localized[] };

const AGAIN = { vi: 'Chọn tệp đã xuất bằng nút “Xuất bộ trình chiếu (JSON)”.', en: 'Choose a file made by “Export the deck (JSON)”.' };

/** A deck file over LIMITS.deckBytes is refused before it is read or parsed. */
export function deckFileTooLarge(bytes: number): Localized | null {
  if (bytes <= LIMITS.deckBytes) return null;
  return { vi: `Tệp nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(LIMITS.deckBytes)} của một bộ trình chiếu, nên không được đọc. ${AGAIN.vi}`, en: `The file is ${formatBytes(bytes)}, over the ${formatBytes(LIMITS.deckBytes)} limit of a deck, so it was not read. ${AGAIN.en}` };
}

const shown = (value: unknown) => shortValue(JSON.stringify(value) ?? String(value), 40);
const fieldOf = (raw: unknown, field: string): unknown => (raw !== null && typeof raw === 'object' && Object.hasOwn(raw, field) ? (raw as Record<string, unknown>)[field] : undefined);

/**
 * Reads a deck file: its size, its envelope, then every slide through checkSlide (the same guard
 * as the stored deck and "Add to presentation"). One bad slide refuses the file; each problem
 * names the slide, the value, why and the fix (at most 10 are listed).
 */
export function deckFromJson(text: string): DeckRead {
  const tooLarge = deckFileTooLarge(new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const reason = shortValue((e as Error).message, 80);
    return { ok: false, problems: [{ vi: `Tệp không phải JSON hợp lệ (${reason.vi}). ${AGAIN.vi}`, en: `The file is not valid JSON (${reason.en}). ${AGAIN.en}` }] };
  }
  const format = fieldOf(raw, 'format');
  if (format !== DECK_FILE_FORMAT) return { ok: false, problems: [{ vi: `“format” phải là "${DECK_FILE_FORMAT}" (thấy ${shown(format).vi}). ${AGAIN.vi}`, en: `“format” must be "${DECK_FILE_FORMAT}" (found ${shown(format).en}). ${AGAIN.en}` }] };
  const version = fieldOf(raw, 'version');
  if (version !== 1) return { ok: false, problems: [{ vi: `“version” phải là 1 (thấy ${shown(version).vi}).`, en: `“version” must be 1 (found ${shown(version).en}).` }] };
  const slides = fieldOf(raw, 'slides');
  if (!Array.isArray(slides) || slides.length === 0) return { ok: false, problems: [{ vi: `“slides” phải là danh sách từ 1 đến ${LIMITS.deckSlides} trang.`, en: `“slides” must be a list of 1 to ${LIMITS.deckSlides} slides.` }] };
  if (slides.length > LIMITS.deckSlides) {
    return { ok: false, problems: [{ vi: `Tệp có ${slides.length} trang, quá giới hạn ${LIMITS.deckSlides}. Chia thành nhiều bộ trình chiếu.`, en: `The file has ${slides.length} slides, over the limit of ${LIMITS.deckSlides}. Split it into several decks.` }] };
  }
  const checked = slides.map((slide, i) => checkSlide(slide, i + 1));
  const problems = checked.flatMap((c) => (c.ok ? [] : [c.message]));
  if (problems.length > 0) {
    const more = problems.length - 10;
    return { ok: false, problems: [...problems.slice(0, 10), ...(more > 0 ? [{ vi: `… và ${more} trang khác.`, en: `… and ${more} more slides.` }] : [])] };
  }
  return { ok: true, slides: checked.flatMap((c) => (c.ok ? [c.slide] : [])) };
}
