import { useFontScale } from '../../lib/state/use-appearance';
import { SERIES_COLORS } from '../status/status-style';

/**
 * Chart text follows the text-size control (A− A A+) like the page's rem-based text:
 * sizes are given in px at 100 % and scaled here, so Recharts lays labels out at their real size.
 */
export function useChartText() {
  const scale = useFontScale();
  const size = (px: number) => Math.round(px * scale);
  return {
    size,
    /** Axis tick props in the theme's axis colour. */
    tick: (px: number) => ({ fontSize: size(px), fill: SERIES_COLORS.axis }),
    /** A legend entry's text in the theme's axis colour. */
    legendText: (value: string) => <span style={{ color: SERIES_COLORS.axis }}>{value}</span>,
  };
}
