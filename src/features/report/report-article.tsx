import { Link } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { formatNumber, type Language } from '../../domain/numbers/format';
import { romanNumeral } from '../../domain/report/document';
import { useReportT } from './report-messages';
import { Section } from './report-section';
import { ReportSummary } from './report-summary';
import { IN_RENDER_UNITS, type ReportModel } from './use-report-model';

interface ReportArticleProps {
  model: ReportModel;
  index: DatasetIndex;
  /** ?area=: one unit's report alone. */
  only: string | undefined;
  /** How many units (summary rows and sections) are in the page so far, and then how many rows of the ranking (use-units-shown.ts). */
  shown: number;
  tailShown: number;
  search: string;
  language: Language;
}

/** The report itself: its head, the parent's section, the units' summary and sections, the ranking, the awards and the sources. */
export function ReportArticle({ model: { review, document }, index, only, shown, tailShown, search, language }: ReportArticleProps) {
  const say = useReportT();
  const unit = only ? document.sections[1]?.subsections?.find((s) => s.area === only) : undefined;
  if (unit) {
    const without = new URLSearchParams(search);
    without.delete('area');
    return (
      <article className="report" lang={language}>
        <p><Link to={`/report${without.size > 0 ? `?${without.toString()}` : ''}`}>{say('wholeReport')}</Link></p>
        <Section section={unit} number="1" level={2} />
      </article>
    );
  }
  const whole = shown >= review.units.length;
  // Only a long report skips laying out its off-screen paragraphs (report.css): a province's is drawn whole.
  return (
    <article className={review.units.length > IN_RENDER_UNITS ? 'report report-long' : 'report'} lang={language}>
      <header className="report-head">
        <p className="report-kind">{document.kind}</p>
        <p className="report-title">{document.title}</p>
      </header>
      {document.sections[0] && <Section section={document.sections[0]} number={romanNumeral(1)} level={2} />}
      {review.units.length > 0 && <ReportSummary units={review.units} shown={shown} index={index} withPlace={review.via !== null} search={search} language={language} />}
      {document.sections[1] && <Section section={document.sections[1]} number={romanNumeral(2)} level={2} shown={shown} />}
      {!whole && <p className="page-status" role="status">{say('adding', { shown: formatNumber(shown, language, 0), units: formatNumber(review.units.length, language, 0) })}</p>}
      {/* The sections after the units (the ranking, the awards, the sources) follow once every unit is in. */}
      {whole && document.sections.slice(2).map((section, k) => <Section key={k} section={section} number={romanNumeral(k + 3)} level={2} rowsShown={tailShown} />)}
      {whole && (
        <section className="report-section report-sources" aria-labelledby="report-sources">
          <h2 id="report-sources">{`${romanNumeral(document.sections.length + 1)}. ${document.sourcesHeading}`}</h2>
          <ul>{document.sources.map((s) => <li key={s}>{s}</li>)}</ul>
        </section>
      )}
    </article>
  );
}
