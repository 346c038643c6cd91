import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with a watch on the page: a console error, a failed request
 * or a request to another origin fails the test.
 */
export const test = base.extend<{ watch: { problems: string[] } }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      // A test that visits a missing page on purpose expects that one 404.
      const expected404 = (url: string) => url.endsWith('/does-not-exist/');
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expected404(msg.location().url))
          problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:'))
          problems.push(`off-origin request: ${url}`);
      });
      page.on('requestfailed', (request) => {
        // ERR_ABORTED: the test navigated on before a subresource finished, not a failure of the site.
        const error = request.failure()?.errorText;
        if (error !== 'net::ERR_ABORTED')
          problems.push(`failed request: ${request.url()} (${error})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !expected404(response.url()))
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use({ problems });
      expect(problems, 'console errors, failed or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The site-relative path of a page, for `page.goto`, honouring the project's base path. */
export function sitePath(baseURL: string | undefined, path: string): string {
  const base = new URL(baseURL!).pathname;
  return `${base}${path.replace(/^\//u, '')}`;
}

/**
 * Every HTML page of the built site, from its open data (articles, actors, outlets, and the
 * timeline's actors and outlets for its filter pages), the fixed pages, and the later pages
 * of paginated views, which the sitemap lists.
 */
export async function allPages(page: Page, baseURL: string | undefined): Promise<string[]> {
  const get = async <T = Array<{ url: string }>>(file: string) =>
    (await (await page.request.get(sitePath(baseURL, `data/${file}`))).json()) as T;
  const fixed = [
    '',
    'articles/',
    'actors/',
    'outlets/',
    'about/',
    'timeline/',
    'who-said-what/',
  ].map((p) => sitePath(baseURL, p));
  const [articles, actors, outlets, timeline] = await Promise.all([
    get('articles.json'),
    get('actors.json'),
    get('outlets.json'),
    get<Array<{ actors: string[]; sources: Array<{ outlet: string }> }>>('timeline.json'),
  ]);
  const filters = [
    ...[...new Set(timeline.flatMap((e) => e.actors))].map((id) =>
      sitePath(baseURL, `timeline/actor/${id}/`),
    ),
    ...[...new Set(timeline.flatMap((e) => e.sources.map((s) => s.outlet)))].map((id) =>
      sitePath(baseURL, `timeline/outlet/${id}/`),
    ),
  ];
  // Every later page of a paginated view (`…/page/2/`) and the article lists of an actor or outlet, from the sitemap.
  const sitemap = await (await page.request.get(sitePath(baseURL, 'sitemap-0.xml'))).text();
  const paged = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((p) => /\/page\/\d+\/$|\/articles\/$/u.test(p));
  return [
    ...new Set([
      ...fixed,
      ...articles.map((a) => a.url),
      ...actors.map((a) => a.url),
      ...outlets.map((o) => o.url),
      ...filters,
      ...paged,
    ]),
  ];
}
