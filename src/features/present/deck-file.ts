import { z } from 'zod';
import { SLIDE_KINDS, type Slide } from '../../lib/deck-store';

const deckSchema = z.object({
  format: z.literal('chi-tieu-deck'),
  version: z.literal(1),
  slides: z.array(z.object({ kind: z.enum(SLIDE_KINDS), view: z.string().startsWith('/'), title: z.string() })).min(1),
});

export function deckToJson(slides: Slide[]): string {
  return `${JSON.stringify({ format: 'chi-tieu-deck', version: 1, slides: slides.map(({ kind, view, title }) => ({ kind, view, title })) }, null, 2)}\n`;
}

/** Reads a deck file; a wrong file gives the first problem with its place in the file. */
export function deckFromJson(text: string): { ok: true; slides: Omit<Slide, 'id'>[] } | { ok: false; reason: string } {
  try {
    const parsed = deckSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, slides: parsed.data.slides };
    const first = parsed.error.issues[0];
    return { ok: false, reason: `${first?.path.join('.') || 'file'}: ${first?.message ?? ''}` };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
