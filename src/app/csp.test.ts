import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta } from './csp';

describe('the Content Security Policy', () => {
  it.each(['script-src', 'connect-src', 'worker-src', 'frame-src'])('%s allows this origin only', (name) => {
    expect(CSP_DIRECTIVES[name]).toBe("'self'");
  });

  it('allows no inline or evaluated script anywhere', () => {
    expect(cspHeader()).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|\*/);
  });

  it('leaves frame-ancestors to the header (a meta tag cannot carry it)', () => {
    expect(cspHeader()).toContain("frame-ancestors 'self'");
    expect(cspMeta()).not.toContain('frame-ancestors');
  });

  it('is the policy docs/security.md tells a deployment to send', () => {
    expect(readFileSync('docs/security.md', 'utf8')).toContain(`Content-Security-Policy: ${cspHeader()}\n`);
  });
});
