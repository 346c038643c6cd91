import { readFileSync } from 'node:fs';
import { expect, sitePath, test } from './fixtures';

test('every page carries the strict CSP, the same one _headers sends, and violates none', async ({
  page,
  baseURL,
}) => {
  // `astro preview` does not serve _headers (a CDN reads it): take it from the build output.
  const base = new URL(baseURL!).pathname;
  const headers = readFileSync(base === '/' ? 'dist/_headers' : 'dist-base/_headers', 'utf8');
  expect(headers).toContain(
    `${base}_assets/*\n  Cache-Control: public, max-age=31536000, immutable`,
  );
  const fromHeaders = /Content-Security-Policy: (.*); frame-ancestors 'none'/u.exec(headers)?.[1];
  expect(fromHeaders).toContain("default-src 'self'");
  expect(fromHeaders).not.toContain('unsafe-inline');

  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  for (const path of [
    '',
    'articles/macron-faces-a-calculating-and-unbending-putin-in-moscow/',
    'timeline/',
    'who-said-what/',
    'search/?q=until+the+end',
  ]) {
    await page.goto(sitePath(baseURL, path));
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      fromHeaders!,
    );
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      path,
    ).toEqual([]);
  }
});
