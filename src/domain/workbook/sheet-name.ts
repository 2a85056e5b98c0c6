import { LIMITS } from '../limits';
import { findControlChar, showControlChars } from '../text/text-safety';

/**
 * A sheet's name as the app shows it: each control, bidirectional or invisible character written as
 * "[U+0007]" (the rest kept as it is), bounded to LIMITS.sheetNameChars with an ellipsis. `cleaned`
 * says whether it differs from the workbook's, so the reader can say so.
 */
export function cleanSheetName(raw: string): { name: string; cleaned: boolean } {
  const shown = findControlChar(raw) ? showControlChars(raw) : raw;
  const chars = Array.from(shown);
  const name = chars.length > LIMITS.sheetNameChars ? `${chars.slice(0, LIMITS.sheetNameChars - 1).join('')}…` : shown;
  return { name, cleaned: name !== raw };
}
