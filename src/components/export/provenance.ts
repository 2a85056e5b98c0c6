import type { ExportT } from './export-messages';

/** What a view's URL selects: /district/<area>, /indicator/<indicator>, and ?year=&area=&indicator=. */
export interface SelectionIds {
  year: number | null;
  area: string | null;
  indicator: string | null;
}

export function selectionOf(pathname: string, search: string): SelectionIds {
  const params = new URLSearchParams(search);
  const [, view, id] = pathname.split('/');
  const fromPath = (name: string) => (view === name && id ? decodeURIComponent(id) : null);
  const year = Number(params.get('year') ?? '');
  return {
    year: params.get('year') && Number.isInteger(year) ? year : null,
    area: fromPath('district') ?? params.get('area'),
    indicator: fromPath('indicator') ?? params.get('indicator'),
  };
}

/**
 * The year a view shows: the URL's when the data has it, else the default year the view falls
 * back to (useSelectedYear). The trend spans every year, so it has none.
 */
export function yearShown(pathname: string, urlYear: number | null, years: readonly number[], fallback: number | undefined): number | null {
  if (pathname.startsWith('/trend')) return urlYear;
  if (urlYear !== null && years.includes(urlYear)) return urlYear;
  return fallback ?? null;
}

/** The path and query a shared link needs; presentation-only parameters are dropped. */
export function viewPath(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('embed');
  params.delete('pin');
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export interface Provenance {
  unit?: string | undefined;
  /** Human-readable selection, e.g. [{ label: 'Năm', value: '2020' }]. */
  selection: { label: string; value: string }[];
  /** The level of the units shown and how many ("xã, phường", 38): the year chooses it (the 2025 reform). */
  level?: { name: string; count: number } | undefined;
  path: string;
  sources: readonly string[];
  /** The data shown: a published version (id and date), the analyst's draft, a file opened as a preview, or null: the data built into the app. */
  version: { kind: 'published'; id: string; date: string } | { kind: 'draft'; id: number; fileName: string; date: string } | { kind: 'preview'; fileName: string } | null;
  /** Set for a downloaded file; print shows the rest. */
  exportedAt?: string | undefined;
}

export function versionLine(version: Provenance['version'], say: ExportT): string {
  if (!version) return say('versionBuiltIn');
  if (version.kind === 'published') return say('versionPublished', { id: version.id, date: version.date });
  if (version.kind === 'preview') return say('versionPreview', { file: version.fileName });
  return say('versionUpload', { id: version.id, file: version.fileName, date: version.date });
}

/** The lines every export carries under its title: selection, level, link, unit, sources, data version, date. */
export function provenanceLines(input: Provenance, say: ExportT): string[] {
  const selection = input.selection.map((s) => `${s.label}: ${s.value}`).join(' · ');
  const sources = [...new Set(input.sources.map((s) => s.trim()).filter(Boolean))];
  return [
    ...(selection ? [say('selection', { text: selection })] : []),
    ...(input.level ? [say('level', { level: input.level.name, n: input.level.count })] : []),
    say('link', { path: input.path }),
    ...(input.unit ? [say('unit', { unit: input.unit })] : []),
    ...(sources.length > 0 ? sources.map((source) => say('source', { source })) : [say('noSource')]),
    versionLine(input.version, say),
    ...(input.exportedAt ? [say('exportedAt', { date: input.exportedAt })] : []),
  ];
}
