/**
 * The Content Security Policy of the built app: no inline or foreign script, data fetched only
 * from this origin, nothing framed but the app's own views. `index.html` carries it as a meta
 * tag; a deployment should also send it as a header (see docs/deploy.md), which the e2e suite does
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

/**
 * A published data folder on another origin (config.json's dataUrl) must be allowed in
 * connect-src. The build takes such origins from CHI_TIEU_DATA_ORIGINS (docs/deploy.md, "Deploying for
 * a province"); each must be a bare http(s) origin, e.g. "https://data.example.vn".
 */
export function dataOriginsFrom(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of origins)
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/.test(origin))
      throw new Error(`CHI_TIEU_DATA_ORIGINS: "${origin}" is not an origin; write scheme, host and port only, e.g. https://data.example.vn or http://127.0.0.1:8080`);
  return origins;
}

const directives = (dataOrigins: readonly string[]) =>
  Object.entries(CSP_DIRECTIVES).map(([name, value]) => [name, name === 'connect-src' ? [value, ...dataOrigins].join(' ') : value] as const);

export const cspHeader = (dataOrigins: readonly string[] = []): string =>
  directives(dataOrigins)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const cspMeta = (dataOrigins: readonly string[] = []): string =>
  directives(dataOrigins)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
