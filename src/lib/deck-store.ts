import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const SLIDE_KINDS = ['overview', 'district', 'indicator', 'trend', 'ranking'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** A slide is a live view with its selection fixed: the view's path and query string. */
export interface Slide {
  id: string;
  kind: SlideKind;
  /** Path and query of the view, e.g. "/district/tan-uyen?year=2020". */
  view: string;
  title: string;
}

interface DeckState {
  slides: Slide[];
  /** Whether the default deck was laid down yet (slides added before that come after it). */
  seeded: boolean;
  seed: (defaults: Omit<Slide, 'id'>[]) => void;
  add: (slide: Omit<Slide, 'id'>) => void;
  replace: (slides: Omit<Slide, 'id'>[]) => void;
  remove: (id: string) => void;
  move: (id: string, by: -1 | 1) => void;
  rename: (id: string, title: string) => void;
}

const newId = () => Math.random().toString(36).slice(2, 10);

export const useDeckStore = create<DeckState>()(
  persist(
    (set) => ({
      slides: [],
      seeded: false,
      seed: (defaults) => set((s) => (s.seeded ? s : { slides: [...defaults.map((d) => ({ ...d, id: newId() })), ...s.slides], seeded: true })),
      add: (slide) => set((s) => ({ slides: [...s.slides, { ...slide, id: newId() }] })),
      replace: (slides) => set({ slides: slides.map((slide) => ({ ...slide, id: newId() })), seeded: true }),
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
      rename: (id, title) => set((s) => ({ slides: s.slides.map((x) => (x.id === id ? { ...x, title } : x)) })),
    }),
    { name: 'chi-tieu-deck' },
  ),
);

/** The slide kind a path shows, or null for views that are not slides (data, upload, present). */
export function slideKindOf(pathname: string): SlideKind | null {
  if (pathname === '/') return 'overview';
  const first = pathname.split('/')[1] ?? '';
  return (SLIDE_KINDS as readonly string[]).includes(first) ? (first as SlideKind) : null;
}

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
