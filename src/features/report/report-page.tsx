import { parseAsNumberLiteral, useQueryState } from 'nuqs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DatasetGate } from '../../components/dataset-gate';
import { DrillBar } from '../../components/drill/drill-bar';
import { useDrill } from '../../components/drill/use-drill';
import { exportFileName } from '../../components/export/export-file-name';
import { useDataVersionLine } from '../../components/export/use-chart-provenance';
import { PageHeader } from '../../components/page-header';
import { SelectField } from '../../components/select-field';
import { useYearChoice } from '../../components/use-selected-year';
import { YearNotice } from '../../components/year-notice';
import { YearPicker } from '../../components/year-picker';
import type { DatasetIndex } from '../../domain/dataset-index';
import { mainListsOf } from '../../domain/main-targets';
import { buildReportDocument, romanNumeral, type ReportSection, type ReportTable } from '../../domain/report/document';
import { areaName, capitalize } from '../../domain/report/phrasing';
import { DEFAULT_RULES, FAR_EXCEEDED_CHOICES, summarizeReview, type ReportRules } from '../../domain/report/summary';
import { useCurrentSearch } from '../../lib/carried-search';
import { SELECTION_OPTIONS, useAreaParam } from '../../lib/use-selection';
import { downloadBlob } from '../../lib/download';
import { usePresenters } from '../../lib/use-presenters';
import type { ReportDocument } from '../../domain/report/document';
import { policyT } from '../ranking/policy-messages';
import { reportExtras } from './report-extras';
import { useReportT } from './report-messages';
import './report.css';

/** A cell that is a figure ("1.862", "≈ 53,77", "130,3%", "8/14"), right-aligned as figures are. */
const FIGURE = /^(≈ )?[\d.,]+%?$|^\d+\/\d+$/;

function Table({ table }: { table: ReportTable }) {
  return (
    <table className="report-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={`${row[0]}-${row[1]}`}>{row.map((cell, k) => (k === 1 ? <th key={k} scope="row">{cell}</th> : <td key={k} className={FIGURE.test(cell) ? 'num' : undefined}>{cell}</td>))}</tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ section, number, level }: { section: ReportSection; number: string; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="report-section" data-area={section.area} aria-labelledby={`report-${number}`}>
      <Heading id={`report-${number}`}>{`${number}. ${section.heading}`}</Heading>
      {section.paragraphs.map((text, k) => <p key={k} className={k === 0 ? 'report-paragraph' : 'report-note'}>{text}</p>)}
      {section.table && <Table table={section.table} />}
      {section.subsections?.map((sub, k) => <Section key={sub.area ?? k} section={sub} number={String(k + 1)} level={3} />)}
    </section>
  );
}

/** "Tải báo cáo (.docx)": the document on screen as an editable Word file (the writer and its library load on the click). */
function DownloadDocx({ document }: { document: ReportDocument }) {
  const say = useReportT();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });
  const onClick = async () => {
    setState({ kind: 'busy' });
    try {
      const { reportDocx } = await import('./docx/report-docx');
      const blob = await reportDocx(document);
      downloadBlob(exportFileName(`${document.kind} ${document.title}`, [], 'docx'), blob);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="report-download">
      <button type="button" className="button" onClick={() => void onClick()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? say('downloading') : say('download')}
      </button>
      {state.kind === 'failed' && <p role="alert">{say('downloadFailed', { reason: state.reason.slice(0, 200) })}</p>}
    </div>
  );
}

/** ?far=: the % KH from which a target counts as far exceeded (vượt cao), one of a few choices; anything else reads as the default. */
const farParser = parseAsNumberLiteral(FAR_EXCEEDED_CHOICES).withOptions(SELECTION_OPTIONS);

/** The year-end review in the reports' own words: the province's paragraph, then every unit's, with their tables and sources. */
function Report({ index }: { index: DatasetIndex }) {
  const say = useReportT();
  const { language } = usePresenters();
  const choice = useYearChoice(index);
  const { year } = choice;
  const drill = useDrill(index, year);
  const parent = drill.parent;
  const [areaId] = useAreaParam();
  const search = useCurrentSearch();
  const dataVersion = useDataVersionLine();
  const [far, setFar] = useQueryState('far', farParser);
  // The lists of main targets are the dataset's (main-targets.csv): grouped once per dataset version.
  const mainLists = useMemo(() => mainListsOf(index.dataset.mainTargets), [index]);
  const rules: ReportRules = useMemo(() => ({ farExceededPercent: far ?? DEFAULT_RULES.farExceededPercent, mainLists }), [far, mainLists]);
  const document = useMemo(() => {
    if (!parent) return null;
    const extra = reportExtras(index, parent, index.unitsOf(parent.id, year), year, language, policyT(language));
    return buildReportDocument(index, parent, year, language, { date: new Date(), dataVersion, rules, extra });
  }, [index, parent, year, language, dataVersion, rules]);
  const review = useMemo(() => (parent ? summarizeReview(index, parent, year, rules) : null), [index, parent, year, rules]);
  if (!parent || !document || !review) return <p className="page-status">{say('title', { year })}</p>;
  const units = document.sections[1]?.subsections ?? [];
  const only = areaId ? units.find((s) => s.area === areaId) : undefined;
  const unitArea = only ? index.area(only.area!) : undefined;
  const without = new URLSearchParams(search);
  without.delete('area');
  const wholeLink = `/report${without.size > 0 ? `?${without.toString()}` : ''}`;
  return (
    <>
      <PageHeader title={unitArea ? say('unitTitle', { year, name: capitalize(areaName(unitArea, language)) }) : say('title', { year })}>
        <YearPicker index={index} year={year} />
        <SelectField
          label={say('farLabel')}
          value={String(rules.farExceededPercent)}
          options={FAR_EXCEEDED_CHOICES.map((p) => ({ value: String(p), label: say('farOption', { percent: p }) }))}
          onChange={(value) => void setFar(Number(value) === DEFAULT_RULES.farExceededPercent ? null : (Number(value) as (typeof FAR_EXCEEDED_CHOICES)[number]))}
        />
        <DownloadDocx document={document} />
      </PageHeader>
      <DrillBar index={index} choice={drill.choice} onDrill={drill.choice.drillTo} />
      <YearNotice choice={choice} what={say('title', { year: choice.lacking?.requested ?? year })} />
      {areaId && !only && <p className="report-notice">{say('unknownArea', { id: areaId.slice(0, 100), year })}</p>}
      <article className="report" lang={language}>
        {only ? (
          <>
            <p><Link to={wholeLink}>{say('wholeReport')}</Link></p>
            <Section section={only} number="1" level={2} />
          </>
        ) : (
          <>
            <header className="report-head">
              <p className="report-kind">{document.kind}</p>
              <p className="report-title">{document.title}</p>
            </header>
            {document.sections[0] && <Section section={document.sections[0]} number={romanNumeral(1)} level={2} />}
            {review.units.length > 0 && (
              <table className="report-table report-summary" data-slide-rows={review.units.length}>
                <caption>{say('summary')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{say('unit')}</th>
                    <th scope="col">{say('achieved')}</th>
                    <th scope="col">{say('far')}</th>
                    <th scope="col">{say('missed')}</th>
                    <th scope="col">{say('noResult')}</th>
                  </tr>
                </thead>
                <tbody>
                  {review.units.map((u) => {
                    const params = new URLSearchParams(search);
                    params.set('area', u.area.id);
                    return (
                      <tr key={u.area.id} data-area={u.area.id}>
                        <th scope="row"><Link to={`/report?${params.toString()}`}>{capitalize(areaName(u.area, language))}</Link></th>
                        <td className="num">{u.targets.length > 0 ? `${u.achieved}/${u.targets.length}` : say('noPlanned')}</td>
                        {/* No target, nothing to count: a dash, not a 0 that reads as a result. */}
                        {[u.farExceeded, u.missed, u.noResult].map((list, k) => <td key={k} className="num">{u.targets.length > 0 ? list.length : '—'}</td>)}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {document.sections.slice(1).map((section, k) => <Section key={k} section={section} number={romanNumeral(k + 2)} level={2} />)}
            <section className="report-section report-sources" aria-labelledby="report-sources">
              <h2 id="report-sources">{`${romanNumeral(document.sections.length + 1)}. ${document.sourcesHeading}`}</h2>
              <ul>{document.sources.map((s) => <li key={s}>{s}</li>)}</ul>
            </section>
          </>
        )}
      </article>
    </>
  );
}

export function ReportPage() {
  return <DatasetGate>{(index) => <Report index={index} />}</DatasetGate>;
}
