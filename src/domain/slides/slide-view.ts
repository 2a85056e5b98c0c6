import { LIMITS } from '../limits';
import { hasControls } from '../text/safe-text';

/**
 * A slide is one of the app's own views with its selection fixed: a path of the route table and
 * a query string, never an address elsewhere. Every view that enters a deck (a deck file, the deck
 * stored on this computer, "Add to presentation") passes checkSlideView, which parses it against a
 * placeholder origin and the route table and rebuilds it as path + query only.
 */
export const SLIDE_KINDS = ['overview', 'district', 'indicator', 'trend', 'in-year', 'ranking', 'report'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const isSlideKind = (value: unknown): value is SlideKind => (SLIDE_KINDS as readonly unknown[]).includes(value);

interface SlideRoute {
  /** The first path segment ('' for the overview at /). */
  segment: string;
  /** Whether the path may name one area or indicator after it (/district/tan-uyen). */
  takesId: boolean;
  /** The query parameters the view reads; `lang` and `embed` belong to the slide show. */
  params: readonly string[];
}

/** The slide kinds' routes; src/app/router.tsx builds its paths from the same table (routePattern). */
export const SLIDE_ROUTES: Record<SlideKind, SlideRoute> = {
  // A long list of units (38 communes) is arranged by ?former= ?q= ?sort= ?group= (a slide shows some former districts).
  overview: { segment: '', takesId: false, params: ['year', 'indicators', 'former', 'q', 'sort', 'group'] },
  district: { segment: 'district', takesId: true, params: ['year', 'indicators'] },
  indicator: { segment: 'indicator', takesId: true, params: ['year', 'former', 'q', 'sort', 'group'] },
  trend: { segment: 'trend', takesId: false, params: ['year', 'area', 'indicator'] },
  'in-year': { segment: 'in-year', takesId: false, params: ['year', 'area', 'indicator'] },
  ranking: { segment: 'ranking', takesId: false, params: ['year', 'level', 'scheme', 'area', 'rows'] },
  report: { segment: 'report', takesId: false, params: ['year', 'area', 'in', 'far'] },
};

/** The router's path of a slide kind: 'district/:area?', 'trend'. */
export function routePattern(kind: Exclude<SlideKind, 'overview'>, idName = 'id'): string {
  const route = SLIDE_ROUTES[kind];
  return route.takesId ? `${route.segment}/:${idName}?` : route.segment;
}

/** Set by the slide show itself, so dropped from a stored view. */
const SHOW_PARAMS = ['lang', 'embed'];
/** Area and indicator ids: letters, digits, _ . - (as in the catalog and the scheme link). */
const ID = /^[A-Za-z0-9_.-]{1,100}$/;
/** A ranking slide carries its scheme: the longest view is a scheme link plus its path and selection. */
export const MAX_VIEW_CHARS = LIMITS.schemeLinkChars + 1024;
const PLACEHOLDER_ORIGIN = 'http://chi-tieu.invalid';

export type SlideViewProblem =
  | { code: 'not-text' }
  | { code: 'too-long'; length: number; limit: number }
  | { code: 'control-chars' }
  | { code: 'not-a-path' }
  | { code: 'backslash' }
  | { code: 'other-origin' }
  | { code: 'unknown-path'; path: string }
  | { code: 'bad-id'; id: string }
  | { code: 'kind-mismatch'; actual: SlideKind }
  | { code: 'unknown-param'; param: string; allowed: readonly string[] }
  | { code: 'repeated-param'; param: string }
  | { code: 'scheme-too-long'; length: number; limit: number };

export type SlideViewCheck = { ok: true; view: string } | { ok: false; problem: SlideViewProblem };

const refuse = (problem: SlideViewProblem): SlideViewCheck => ({ ok: false, problem });

/** The slide kind of a path and its id, or null when the path is not a slide's route. */
function matchRoute(pathname: string): { kind: SlideKind; id: string | null } | { unknown: string } | { badId: string } {
  const segments = pathname.split('/').slice(1);
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  const [first = '', id, ...rest] = segments;
  const kind = SLIDE_KINDS.find((k) => SLIDE_ROUTES[k].segment === first);
  if (!kind || rest.length > 0 || (id !== undefined && !SLIDE_ROUTES[kind].takesId)) return { unknown: pathname };
  if (id !== undefined && (!ID.test(id) || id === '.' || id === '..')) return { badId: id };
  return { kind, id: id ?? null };
}

/** Commas, colons, semicolons and "!" read the same unescaped in a query, and keep ?indicators=a,b and ?scheme=x;c;a:1:150 readable. */
const readableQuery = (params: URLSearchParams) => params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%3B/g, ';').replace(/%21/g, '!');

/** The slide kind a path shows, or null for views that are not slides (data, upload, present) and for anything else. */
export function slideKindOf(pathname: string): SlideKind | null {
  const match = matchRoute(pathname);
  return 'kind' in match ? match.kind : null;
}

/**
 * The view as the app's own path and query, or the reason it is refused: an address elsewhere
 * (//host, /\host, a tab or line break the URL parser would drop), a scheme (javascript:), a path
 * that is no slide's route or belongs to another kind, an id or a query parameter the view does not read.
 */
export function checkSlideView(kind: SlideKind, value: unknown): SlideViewCheck {
  if (typeof value !== 'string') return refuse({ code: 'not-text' });
  if (value.length > MAX_VIEW_CHARS) return refuse({ code: 'too-long', length: value.length, limit: MAX_VIEW_CHARS });
  if (hasControls(value)) return refuse({ code: 'control-chars' });
  if (value.startsWith('//') || value.startsWith('/\\')) return refuse({ code: 'other-origin' });
  if (!value.startsWith('/')) return refuse({ code: 'not-a-path' });
  if (value.includes('\\')) return refuse({ code: 'backslash' });
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return refuse({ code: 'not-a-path' });
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.username || url.password) return refuse({ code: 'other-origin' });
  const match = matchRoute(url.pathname);
  if ('unknown' in match) return refuse({ code: 'unknown-path', path: match.unknown });
  if ('badId' in match) return refuse({ code: 'bad-id', id: match.badId });
  if (match.kind !== kind) return refuse({ code: 'kind-mismatch', actual: match.kind });
  const allowed = SLIDE_ROUTES[kind].params;
  const kept = new URLSearchParams();
  for (const [param, text] of url.searchParams) {
    if (SHOW_PARAMS.includes(param)) continue;
    if (!allowed.includes(param)) return refuse({ code: 'unknown-param', param, allowed });
    if (kept.has(param)) return refuse({ code: 'repeated-param', param });
    if (param === 'scheme' && text.length > LIMITS.schemeLinkChars) return refuse({ code: 'scheme-too-long', length: text.length, limit: LIMITS.schemeLinkChars });
    kept.append(param, text);
  }
  const path = match.id === null ? `/${SLIDE_ROUTES[kind].segment}` : `/${SLIDE_ROUTES[kind].segment}/${match.id}`;
  return { ok: true, view: kept.size > 0 ? `${path}?${readableQuery(kept)}` : path };
}
