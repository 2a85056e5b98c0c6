import type { Pin } from './published-types';

const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/**
 * A running slide show never changes data under the presenter: its frames (?embed=1, with the
 * version the show started on as ?pin=) and a reload of the show itself (/present?slide=N) show
 * the version kept in this browser without asking the network. New versions wait for the show's end.
 */
export function pinFromLocation(pathname: string, search: string): Pin {
  const params = new URLSearchParams(search);
  const version = params.get('pin');
  if (params.get('embed') === '1') return { pinned: true, version: version && VERSION.test(version) ? version : null };
  if (/\/present\/?$/.test(pathname) && params.has('slide')) return { pinned: true, version: null };
  return { pinned: false, version: null };
}
