import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral, useQueryState } from 'nuqs';
import { PERIOD_CODES } from '../../domain/periods/period-code';

/**
 * The selection a shared link must reproduce lives in the query string;
 * each change is a history entry, so back and forward walk through selections.
 */
export const SELECTION_OPTIONS = { history: 'push' } as const;

export const useYearParam = () => useQueryState('year', parseAsInteger.withOptions(SELECTION_OPTIONS));
export const useAreaParam = () => useQueryState('area', parseAsString.withOptions(SELECTION_OPTIONS));
export const useIndicatorParam = () => useQueryState('indicator', parseAsString.withOptions(SELECTION_OPTIONS));

/** A subset of indicators (?indicators=a,b): how a long matrix or bullet list splits across slides. */
export const useIndicatorsParam = () => useQueryState('indicators', parseAsArrayOf(parseAsString).withOptions(SELECTION_OPTIONS));

/** A period within the year a view shows instead of the year (?period=to-month-06); anything else in the link is the year. */
export const usePeriodParam = () => useQueryState('period', parseAsStringLiteral(PERIOD_CODES).withOptions(SELECTION_OPTIONS));
