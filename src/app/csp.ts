/**
 * The Content Security Policy of the built app: no inline or foreign script, data fetched only
 * from this origin, nothing framed but the app's own views. `index.html` carries it as a meta
 * tag; a deployment should also send it as a header (see README), which the e2e suite does
 * (vite preview), failing on any violation.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'frame-src': "'self'",
  'child-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  // Honoured only in a header (browsers ignore it in a meta tag).
  'frame-ancestors': "'self'",
};

const HEADER_ONLY = new Set(['frame-ancestors']);

export const cspHeader = (): string =>
  Object.entries(CSP_DIRECTIVES)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const cspMeta = (): string =>
  Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
