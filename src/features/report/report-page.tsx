import { parseAsNumberLiteral, useQueryState } from 'nuqs';
import { useMemo, useState } from 'react';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { DrillBar } from '../../components/drill/drill-bar';
import { useDrill } from '../../components/drill/use-drill';
import { exportFileName } from '../../components/export/export-file-name';
import { usePrintLayoutEvents } from '../../components/export/print-layout';
import { useDataVersionLine } from '../../components/export/use-chart-provenance';
import { PageHeader } from '../../components/pickers/page-header';
import { SelectField } from '../../components/pickers/select-field';
import { useYearChoice } from '../../components/pickers/use-selected-year';
import { YearNotice } from '../../components/notices/year-notice';
import { YearPicker } from '../../components/pickers/year-picker';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { mainListsOf } from '../../domain/main-targets';
import { areaName, capitalize } from '../../domain/report/phrasing';
import { DEFAULT_RULES, FAR_EXCEEDED_CHOICES, type ReportRules } from '../../domain/report/summary';
import { formatNumber } from '../../domain/numbers/format';
import { useCurrentSearch } from '../../lib/state/carried-search';
import { SELECTION_OPTIONS, useAreaParam } from '../../lib/state/use-selection';
import { downloadBlob } from '../../lib/state/download';
import { usePresenters } from '../../lib/language/use-presenters';
import { DOCX_FULL_UNITS, docxForm } from '../../domain/report/docx-form';
import { policyT } from '../../components/status/policy-messages';
import { useReportT } from './report-messages';
import { ReportArticle } from './report-article';
import { IN_RENDER_UNITS, useReportModel, type ReportModel } from './use-report-model';
import { useUnitsShown } from './use-units-shown';
import { ReportSheets } from './report-sheets';
import './report.css';

/**
 * "Tải báo cáo (.docx)": the document on screen as an editable Word file, made in a worker (the writer and
 * its library load on the click); a country's report in its slim form (docx-form.ts), said beside the
 * button. While it is made the button says so and a second one cancels it.
 */
function DownloadDocx({ model }: { model: ReportModel | null }) {
  const say = useReportT();
  const { language } = usePresenters();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy'; abort: AbortController } | { kind: 'cancelled' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });
  const onClick = async () => {
    if (!model) return;
    const abort = new AbortController();
    setState({ kind: 'busy', abort });
    try {
      const { makeReportDocx } = await import('./docx/make-report-docx');
      // Slimmed here, before it crosses to the worker: a country's 165,000 table rows are not copied there.
      const document = docxForm(model.document, model.review);
      const blob = await makeReportDocx(document, abort.signal);
      downloadBlob(exportFileName(`${document.kind} ${document.title}`, [], 'docx'), blob);
      setState({ kind: 'idle' });
    } catch (error) {
      if (abort.signal.aborted) setState({ kind: 'cancelled' });
      else setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const units = model?.review.units.length ?? 0;
  return (
    <div className="report-download">
      <button type="button" className="button" onClick={() => void onClick()} disabled={state.kind === 'busy' || !model}>
        {state.kind === 'busy' ? say('downloading') : say('download')}
      </button>
      {state.kind === 'busy' && (
        <button type="button" className="button" onClick={() => state.abort.abort()}>
          {say('cancelDownload')}
        </button>
      )}
      {units > DOCX_FULL_UNITS && <p className="report-note">{say('slimDocx', { units: formatNumber(units, language, 0) })}</p>}
      {state.kind === 'cancelled' && <p role="status">{say('downloadCancelled')}</p>}
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
  // On paper (Ctrl+P) every unit's table is drawn, not only those that came near the screen.
  usePrintLayoutEvents();
  // The lists of main targets are the dataset's (main-targets.csv): grouped once per dataset version.
  const mainLists = useMemo(() => mainListsOf(index.dataset.mainTargets), [index]);
  const rules: ReportRules = useMemo(() => ({ farExceededPercent: far ?? DEFAULT_RULES.farExceededPercent, mainLists }), [far, mainLists]);
  const input = useMemo(() => (parent ? { index, parent, year, rules, language, pt: policyT(language), dataVersion } : null), [index, parent, year, rules, language, dataVersion]);
  const unitCount = drill.units.length;
  const { model, pending } = useReportModel(input, unitCount);
  const embedded = new URLSearchParams(search).get('embed') === '1';
  const current = pending ? null : model;
  const atOnce = unitCount <= IN_RENDER_UNITS || embedded;
  const shown = useUnitsShown(current, current?.review.units.length ?? 0, atOnce);
  const whole = current !== null && shown >= current.review.units.length;
  // Then the sections after the units: the ranking's 3,300 rows come the same way.
  const tail = current?.document.sections.slice(2) ?? [];
  const tailShown = useUnitsShown(whole ? current : null, whole ? Math.max(0, ...tail.map((s) => s.table?.rows.length ?? 0)) : 0, atOnce);
  if (!parent) return <p className="page-status">{say('title', { year })}</p>;
  // The unit asked for (?area=), when it is one of the units: its name is known before the report is made.
  const unitArea = areaId ? drill.units.find((a) => a.id === areaId) : undefined;
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
        <DownloadDocx model={current} />
        <ReportSheets model={current} />
      </PageHeader>
      <DrillBar index={index} choice={drill.choice} onDrill={drill.choice.drillTo} />
      <YearNotice choice={choice} what={say('title', { year: choice.lacking?.requested ?? year })} />
      {areaId && !unitArea && <p className="report-notice">{say('unknownArea', { id: areaId.slice(0, 100), year })}</p>}
      {current ? (
        <ReportArticle model={current} index={index} only={unitArea?.id} shown={shown} tailShown={tailShown} search={search} language={language} />
      ) : (
        <p className="page-status" role="status">{say('making', { year, units: formatNumber(unitCount, language, 0) })}</p>
      )}
    </>
  );
}

export function ReportPage() {
  return <DatasetGate>{(index) => <Report index={index} />}</DatasetGate>;
}
