import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Language } from '../../domain/numbers/format';
import type { Area } from '../../domain/model';
import { reportDocumentSteps, type ReportDocument } from '../../domain/report/document';
import { reviewSteps, type ReportRules, type ReviewSummary } from '../../domain/report/summary';
import type { PolicyTranslate } from '../../components/status/policy-messages';
import { useSlicedSteps } from '../../lib/dataset/use-sliced-steps';
import { reportExtrasSteps } from './report-extras';

/** Up to this many units the report is made in the render (a province's districts); beyond (a country's 3,300 communes), a slice at a time. */
export const IN_RENDER_UNITS = 200;
export interface ReportModel {
  review: ReviewSummary;
  document: ReportDocument;
}

export interface ReportModelInput {
  index: DatasetIndex;
  parent: Area;
  year: number;
  rules: ReportRules;
  language: Language;
  pt: PolicyTranslate;
  dataVersion: string;
}

/** The review, the ranking and the document, a unit at a time: the same steps `summarizeReview`, `reportExtras` and `buildReportDocument` drain. */
export function* reportModelSteps({ index, parent, year, rules, language, pt, dataVersion }: ReportModelInput): Generator<void, ReportModel> {
  const review = yield* reviewSteps(index, parent, year, rules);
  const extra = yield* reportExtrasSteps(index, parent, review.units.map((u) => u.area), year, language, pt);
  const document = yield* reportDocumentSteps(index, parent, year, language, { date: new Date(), dataVersion, rules, extra, review });
  return { review, document };
}

/**
 * The report's model. A country's (3,300 communes × 50 indicators, each with the year before, then
 * the ranking and every unit's paragraph and table) was one task of about 1.5 s in the render; beyond
 * IN_RENDER_UNITS units it is made a few units per task and shown when whole (null until then, or
 * the one before while a new one is made: `pending`). The figures are the same steps, drained.
 */
export function useReportModel(input: ReportModelInput | null, units: number): { model: ReportModel | null; pending: boolean } {
  const { value, pending } = useSlicedSteps(input, units <= IN_RENDER_UNITS, reportModelSteps);
  return { model: value, pending };
}
