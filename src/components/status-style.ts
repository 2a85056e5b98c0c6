import type { Status } from '../domain/status';

/**
 * Colour-blind-safe status colours (Okabe–Ito hues), each with a tint for backgrounds,
 * an ink dark enough for text on that tint, and an icon so status is never colour alone.
 */
export const STATUS_STYLE = {
  exceeded: { icon: '▲', hue: '#0072B2', tint: '#d6e9f8', ink: '#004a75' },
  met: { icon: '●', hue: '#009E73', tint: '#d2f0e6', ink: '#00603f' },
  'nearly-met': { icon: '◆', hue: '#E69F00', tint: '#fbe8c4', ink: '#6e4700' },
  missed: { icon: '▼', hue: '#D55E00', tint: '#f9d9c6', ink: '#8f3200' },
  'no-data': { icon: '–', hue: '#8c8c8c', tint: '#eeeeee', ink: '#474747' },
} as const satisfies Record<Status, { icon: string; hue: string; tint: string; ink: string }>;

/** Chart series colours. */
export const SERIES_COLORS = {
  actual: '#0072B2',
  plan: '#1a1a1a',
  derivedPlan: '#6b6b6b',
  grid: '#d0d0d0',
  axis: '#333333',
} as const;
