import { expect, test, watchCsp } from './test';

test('the app is served with a strict Content Security Policy, as a header and in the page', async ({ page, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive(header, 'script-src')).toBe("script-src 'self'");
  expect(directive(header, 'connect-src')).toBe("connect-src 'self'");
  expect(directive(header, 'object-src')).toBe("object-src 'none'");
  expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'self'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');

  await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(directive(meta ?? '', 'script-src')).toBe("script-src 'self'");
  // No inline script is left for the policy to block: every script has a source file.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the remembered dark theme still applies before the first paint (its script is a file now)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('chi-tieu-ui', JSON.stringify({ state: { theme: 'dark', fontScale: 1.25, language: 'vi' }, version: 0 })));
  await page.goto('/?year=2020');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--font-scale'))).toBe('1.25');
});

// The suite fails on any violation report; here the guard itself is shown to see them.
test.describe('the violation guard reports what the policy blocks', () => {
  const attempts: { name: string; attempt: () => unknown }[] = [
    {
      name: 'an inline script',
      attempt: () => {
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.head.append(script);
      },
    },
    {
      name: 'a script of another origin',
      attempt: () => {
        const script = document.createElement('script');
        script.src = 'https://example.invalid/x.js';
        document.head.append(script);
      },
    },
    { name: 'a data: URL fetched as data', attempt: () => fetch('data:text/csv,a,b').catch(() => undefined) },
    {
      name: 'a frame of another origin',
      attempt: () => {
        const frame = document.createElement('iframe');
        frame.src = 'https://example.invalid/';
        document.body.append(frame);
      },
    },
  ];
  for (const { name, attempt } of attempts) {
    test(name, async ({ browser }) => {
      const context = await browser.newContext();
      const reports = watchCsp(context);
      const page = await context.newPage();
      await page.goto('/?year=2020');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(attempt);
      await expect.poll(() => reports.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
      await context.close();
    });
  }
});
