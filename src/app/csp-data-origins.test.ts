import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, dataOriginsFrom } from './csp';

describe('a data folder on another origin', () => {
  it('is allowed in connect-src only, in the meta tag and the header alike', () => {
    const origins = dataOriginsFrom('https://data.example.vn, http://127.0.0.1:4287');
    expect(origins).toEqual(['https://data.example.vn', 'http://127.0.0.1:4287']);
    for (const policy of [cspHeader(origins), cspMeta(origins)]) {
      expect(policy).toContain("connect-src 'self' https://data.example.vn http://127.0.0.1:4287;");
      expect(policy).toContain("script-src 'self';");
    }
    expect(cspHeader()).toContain("connect-src 'self';");
  });

  it.each(['https://data.example.vn/path', 'data.example.vn', "'unsafe-inline'", '*', 'https://*.example.vn'])('refuses %s, which is not an origin', (value) => {
    expect(() => dataOriginsFrom(value)).toThrow(/not an origin/);
  });

  it('is the policy the nginx example of docs/deploy.md sends for a data origin', () => {
    expect(readFileSync('docs/deploy.md', 'utf8')).toContain(`add_header Content-Security-Policy "${cspHeader(['https://data.example.vn'])}" always;`);
  });
});
