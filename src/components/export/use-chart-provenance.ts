import { useLocation } from 'react-router';
import { useCurrentSearch } from '../../lib/state/carried-search';
import { levelName } from '../units/unit-names';
import { indicatorYears } from '../pickers/year-choice';
import { defaultYear } from '../../domain/dataset/dataset-index';
import type { Language } from '../../domain/numbers/format';
import { useDataset } from '../../lib/dataset/use-dataset';
import { usePreviewStore, type Preview } from '../../lib/dataset/preview-store';
import { usePresenters } from '../../lib/language/use-presenters';
import type { CurrentDataset } from '../../lib/dataset/load-dataset';
import { formatPublishedDate } from '../../lib/publication/publication-messages';
import { exportFileName } from './export-file-name';
import { useExportT } from './export-messages';
import { provenanceLines, selectionOf, versionLine, viewPath, yearShown, type Provenance } from './provenance';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

// One formatter per language and form: making one costs milliseconds, and every chart frame asks.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDate(date: Date, language: Language, withTime: boolean) {
  const key = `${language}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE[language], { day: '2-digit', month: '2-digit', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}) })));
  return format.format(date);
}

/** The published version (its id and date), the analyst's draft (its id, file and date), or a preview (its file). */
function versionShown(data: CurrentDataset | undefined, preview: Preview | null, language: Language): Provenance['version'] {
  if (preview) return { kind: 'preview', fileName: preview.fileName };
  if (data?.version) return { kind: 'draft', id: data.version.id, fileName: data.version.fileName, date: formatDate(new Date(data.version.createdAt), language, false) };
  const published = data?.published?.manifest;
  return published ? { kind: 'published', id: published.version, date: formatPublishedDate(published.published, language) } : null;
}

/** Where a chart's figures come from and what was selected, for its print block and its files. */
export function useChartProvenance(unit: string | undefined, sources: readonly string[]) {
  const { pathname } = useLocation();
  const search = useCurrentSearch();
  return useViewProvenance(pathname, search, unit, sources);
}

/** The same for any view by its path and query — a slide's, say, seen from the deck. */
export function useViewProvenance(pathname: string, search: string, unit: string | undefined, sources: readonly string[]) {
  const { t, p, language } = usePresenters();
  const say = useExportT();
  const { data, index } = useDataset();
  const fromUrl = selectionOf(pathname, search);
  // A view opened without ?year= shows the default year: the files name it, and their link pins it.
  // The indicator view opens on its indicator's latest year, the others on the dataset's.
  const fallback = index && fromUrl.indicator && pathname.startsWith('/indicator') ? indicatorYears(index, fromUrl.indicator).latest : index && defaultYear(index);
  const year = index ? yearShown(pathname, fromUrl.year, index.years, fallback) : fromUrl.year;
  const ids = { ...fromUrl, year };
  const query = new URLSearchParams(search);
  if (year !== null) query.set('year', String(year));
  const indicator = ids.indicator ? index?.indicator(ids.indicator) : undefined;
  const selection = [
    ...(ids.year !== null ? [{ label: t('year'), value: String(ids.year) }] : []),
    ...(ids.area ? [{ label: t('area'), value: index?.area(ids.area)?.name ?? ids.area }] : []),
    ...(ids.indicator ? [{ label: t('indicator'), value: indicator ? p.name(indicator) : ids.indicator }] : []),
  ];
  const preview = usePreviewStore((s) => s.preview);
  const version = versionShown(data, preview, language);
  const province = index?.province;
  const level = index && province && year !== null ? { name: levelName(index.unitLevel(province.id, year), t), count: index.unitsOf(province.id, year).length } : undefined;
  const base = { unit, selection, level: level?.count ? level : undefined, path: viewPath(pathname, year === fromUrl.year ? search : `?${query.toString()}`), sources, version };
  return {
    /** Without a date for print; with the moment of the download for a file. */
    lines: (exportedAt?: Date) => provenanceLines({ ...base, exportedAt: exportedAt && formatDate(exportedAt, language, true) }, say),
    fileName: (title: string, extension: string) => exportFileName(title, selection.map((s) => s.value), extension),
  };
}

/** Which data is shown, in one line ("Dữ liệu: số liệu công bố ngày …, phiên bản …"), as every export says it. */
export function useDataVersionLine(): string {
  const { language } = usePresenters();
  const say = useExportT();
  const { data } = useDataset();
  const preview = usePreviewStore((s) => s.preview);
  return versionLine(versionShown(data, preview, language), say);
}

export type ChartProvenance = ReturnType<typeof useChartProvenance>;
