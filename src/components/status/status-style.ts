import type { Status } from '../../domain/evaluation/status';

interface StatusStyle {
  icon: string;
  hue: string;
  tint: string;
  ink: string;
}

/** A status's colours are theme tokens (app/themes.css): hue for marks, tint for backgrounds, ink for text on the tint. */
const statusTokens = (status: Status, icon: string): StatusStyle => ({
  icon,
  hue: `var(--status-${status}-hue)`,
  tint: `var(--status-${status}-tint)`,
  ink: `var(--status-${status}-ink)`,
});

/**
 * Colour-blind-safe status colours (Okabe–Ito hue families in every theme), each with a tint
 * for backgrounds, an ink readable on that tint, and an icon so status is never colour alone.
 */
export const STATUS_STYLE = {
  exceeded: statusTokens('exceeded', '▲'),
  met: statusTokens('met', '●'),
  'nearly-met': statusTokens('nearly-met', '◆'),
  missed: statusTokens('missed', '▼'),
  'no-data': statusTokens('no-data', '–'),
} as const satisfies Record<Status, StatusStyle>;

/**
 * Chart colours, as theme tokens. Chromium resolves var() in SVG presentation attributes
 * (fill, stroke), so these go straight into Recharts props.
 */
export const SERIES_COLORS = {
  actual: 'var(--chart-actual)',
  plan: 'var(--chart-plan)',
  derivedPlan: 'var(--chart-derived-plan)',
  planBar: 'var(--chart-plan-bar)',
  derivedPlanBar: 'var(--chart-derived-plan-bar)',
  derivedPlanLine: 'var(--chart-derived-plan-line)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  label: 'var(--chart-label)',
  cursor: 'var(--chart-cursor)',
  ground: 'var(--paper)',
} as const satisfies Record<string, `var(--${string})`>;
