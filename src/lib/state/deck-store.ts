import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from '../../domain/zod';
import type { Localized } from '../../domain/issues';
import { LIMITS } from '../../domain/limits';
import { stripControls } from '../../domain/text/safe-text';
import { checkSlide } from '../../domain/slides/slide-check';
import type { SlideKind } from '../../domain/slides/slide-view';
import { guardedPersistStorage, type Checked } from './stored-value';

export { SLIDE_KINDS, slideKindOf, type SlideKind } from '../../domain/slides/slide-view';

/** A slide is a live view with its selection fixed: the view's path and query string. */
export interface Slide {
  id: string;
  kind: SlideKind;
  /** Path and query of the view, e.g. "/district/tan-uyen?year=2020". */
  view: string;
  title: string;
}

type NewSlide = Omit<Slide, 'id'>;

interface DeckState {
  slides: Slide[];
  /** Whether the default deck was laid down yet (slides added before that come after it). */
  seeded: boolean;
  /** Each of these takes only slides that pass checkSlide, and returns why it left any out. */
  seed: (defaults: NewSlide[]) => Localized[];
  add: (slide: NewSlide) => Localized[];
  replace: (slides: NewSlide[]) => Localized[];
  remove: (id: string) => void;
  move: (id: string, by: -1 | 1) => void;
  rename: (id: string, title: string) => void;
}

const newId = () => Math.random().toString(36).slice(2, 10);

const deckFull = (position: number): Localized => ({
  vi: `Trang ${position}: bộ trình chiếu đã đủ ${LIMITS.deckSlides} trang. Xoá bớt trang trước khi thêm.`,
  en: `Slide ${position}: the deck already holds ${LIMITS.deckSlides} slides. Remove some before adding more.`,
});

/** The slides that may enter a deck that already holds `before`, each checked, and what was left out. */
function admit(slides: readonly unknown[], before = 0): { slides: (NewSlide & { from: number })[]; problems: Localized[] } {
  const kept: (NewSlide & { from: number })[] = [];
  const problems: Localized[] = [];
  slides.forEach((input, i) => {
    const position = before + i + 1;
    const checked = checkSlide(input, position);
    if (!checked.ok) problems.push(checked.message);
    else if (before + kept.length >= LIMITS.deckSlides) problems.push(deckFull(position));
    else kept.push({ ...checked.slide, from: i });
  });
  return { slides: kept, problems };
}

const withNewIds = (slides: readonly (NewSlide & { from: number })[]): Slide[] => slides.map(({ kind, view, title }) => ({ kind, view, title, id: newId() }));

const storedDeck = z.object({ slides: z.array(z.unknown()), seeded: z.boolean() });
const ID = /^[a-z0-9]{1,20}$/;

/** The deck read back: its shape, then every slide through checkSlide; bad slides are left out and named. */
export function checkStoredDeck(state: unknown): Checked<Pick<DeckState, 'slides' | 'seeded'>> {
  const parsed = storedDeck.safeParse(state);
  if (!parsed.success) return { ok: false, problems: [{ vi: 'không có danh sách trang (slides) và cờ seeded', en: 'it has no list of slides and seeded flag' }] };
  const { slides, problems } = admit(parsed.data.slides);
  const ids = new Set<string>();
  const withIds = slides.map(({ kind, view, title, from }) => {
    const source = parsed.data.slides[from];
    const stored: unknown = source !== null && typeof source === 'object' && Object.hasOwn(source, 'id') ? (source as { id: unknown }).id : undefined;
    const id = typeof stored === 'string' && ID.test(stored) && !ids.has(stored) ? stored : newId();
    ids.add(id);
    return { kind, view, title, id };
  });
  return { ok: true, value: { slides: withIds, seeded: parsed.data.seeded }, problems };
}

export const DECK_STORE_KEY = 'chi-tieu-deck';

export const useDeckStore = create<DeckState>()(
  persist(
    (set, get) => ({
      slides: [],
      seeded: false,
      seed: (defaults) => {
        if (get().seeded) return [];
        const { slides, problems } = admit(defaults);
        set((s) => ({ slides: [...withNewIds(slides), ...s.slides].slice(0, LIMITS.deckSlides), seeded: true }));
        return problems;
      },
      add: (slide) => {
        const { slides, problems } = admit([slide], get().slides.length);
        set((s) => ({ slides: [...s.slides, ...withNewIds(slides)] }));
        return problems;
      },
      replace: (incoming) => {
        const { slides, problems } = admit(incoming);
        set({ slides: withNewIds(slides), seeded: true });
        return problems;
      },
      remove: (id) => set((s) => ({ slides: s.slides.filter((x) => x.id !== id) })),
      move: (id, by) =>
        set((s) => {
          const from = s.slides.findIndex((x) => x.id === id);
          const to = from + by;
          if (from < 0 || to < 0 || to >= s.slides.length) return s;
          const slides = [...s.slides];
          const [moved] = slides.splice(from, 1);
          if (moved) slides.splice(to, 0, moved);
          return { slides };
        }),
      // Typed in: control characters go and the length is bounded; spaces stay while the presenter types.
      rename: (id, title) => set((s) => ({ slides: s.slides.map((x) => (x.id === id ? { ...x, title: stripControls(title).slice(0, LIMITS.slideTitleChars) } : x)) })),
    }),
    {
      name: DECK_STORE_KEY,
      partialize: ({ slides, seeded }) => ({ slides, seeded }),
      storage: guardedPersistStorage(
        {
          what: { vi: 'bộ trình chiếu', en: 'the presentation deck' },
          fix: { vi: 'Kiểm tra các trang; có thể nhập lại bộ trình chiếu từ tệp JSON đã xuất, hoặc tạo bộ mặc định.', en: 'Check the slides; you can import the deck again from an exported JSON file, or create the default deck.' },
          // A deck kept here can always be exported as a file within the deck file's limit.
          maxChars: LIMITS.deckBytes,
        },
        checkStoredDeck,
      ),
      // What passed the check replaces the defaults whole (no shallow mix with a partial state).
      merge: (persisted, current) => ({ ...current, ...(persisted as Pick<DeckState, 'slides' | 'seeded'>) }),
    },
  ),
);

/** Rows of the status matrix, and bullets of a district, that fit one 1280×720 slide at presentation type. */
export const OVERVIEW_ROWS_PER_SLIDE = 3;
export const BULLETS_PER_SLIDE = 6;

/** How many indicators a slide of each kind holds; the others show one selection whole. */
export const INDICATORS_PER_SLIDE: Partial<Record<SlideKind, number>> = { overview: OVERVIEW_ROWS_PER_SLIDE, district: BULLETS_PER_SLIDE };

/**
 * A view with more indicators than a slide holds becomes several slides, each naming its part
 * (?indicators=…) and numbered in its title; one that fits stays one slide with the plain link.
 */
export function inParts(indicatorIds: readonly string[], perSlide: number, view: string, title: string): { view: string; title: string }[] {
  if (indicatorIds.length <= perSlide) return [{ view, title }];
  const parts = Math.ceil(indicatorIds.length / perSlide);
  const join = view.includes('?') ? '&' : '?';
  return Array.from({ length: parts }, (_, k) => ({
    view: `${view}${join}indicators=${indicatorIds.slice(k * perSlide, (k + 1) * perSlide).join(',')}`,
    title: `${title} (${k + 1}/${parts})`,
  }));
}
