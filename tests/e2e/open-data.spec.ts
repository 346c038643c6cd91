import { expect, sitePath, test } from './fixtures';
import { parseCsv } from '../support/csv';

interface ClaimRow {
  id: string;
  article: string;
  seed: string;
  outlet: { id: string; name: string };
  speaker: { id: string; name: string } | null;
  quote: string;
  kind: string;
  said: string | null;
  attribution: string;
  url: string;
}

test('every claims.json url resolves to an element on its page whose text is the quote', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const claims = (await (
    await page.request.get(sitePath(baseURL, 'data/claims.json'))
  ).json()) as ClaimRow[];
  expect(claims.length).toBeGreaterThan(50);
  const byPage = Map.groupBy(claims, (c) => c.url.split('#')[0]!);
  for (const [path, rows] of byPage) {
    expect(path.startsWith(sitePath(baseURL, 'articles/'))).toBe(true);
    await page.goto(path);
    for (const claim of rows) {
      const anchor = claim.url.split('#')[1]!;
      expect(anchor).toBe(`q-${claim.id}`);
      await expect(page.locator(`[id="${anchor}"]`)).toHaveText(claim.quote);
    }
  }
});

test('claims.csv has the same rows as claims.json, as RFC 4180', async ({ page, baseURL }) => {
  const json = (await (
    await page.request.get(sitePath(baseURL, 'data/claims.json'))
  ).json()) as ClaimRow[];
  const response = await page.request.get(sitePath(baseURL, 'data/claims.csv'));
  expect(response.headers()['content-type']).toContain('text/csv');
  const csv = await response.text();
  expect(
    csv.startsWith(
      'id,article,seed,outlet_id,outlet_name,speaker_id,speaker_name,speaker_text,quote,kind,said,said_evidence,occasion_kind,occasion_event,attribution,confidence,paragraph,url,group\r\n',
    ),
  ).toBe(true);
  const rows = parseCsv(csv);
  expect(rows.length).toBe(json.length + 1);
  const header = rows[0]!;
  for (const [i, claim] of json.entries()) {
    const row = Object.fromEntries(header.map((h, j) => [h, rows[i + 1]![j]]));
    expect(row.id).toBe(claim.id);
    expect(row.quote).toBe(claim.quote);
    expect(row.speaker_id).toBe(claim.speaker?.id ?? '');
    expect(row.url).toBe(claim.url);
  }
});

test('articles.json lists the five articles with their pages', async ({ page, baseURL }) => {
  const articles = (await (
    await page.request.get(sitePath(baseURL, 'data/articles.json'))
  ).json()) as Array<{
    slug: string;
    url: string;
    published: string;
    outlet: string;
    seed: string;
  }>;
  expect(articles.map((a) => a.outlet).sort()).toEqual([
    'abc-es',
    'ap',
    'franceinfo',
    'kyiv-post',
    'rfi',
  ]);
  for (const a of articles) {
    expect(a.url).toBe(sitePath(baseURL, `articles/${a.slug}/`));
    expect((await page.request.get(a.url)).status()).toBe(200);
  }
});

test('the feed, sitemap and robots.txt are published and point into the site', async ({
  page,
  baseURL,
}) => {
  const rss = await (await page.request.get(sitePath(baseURL, 'rss.xml'))).text();
  expect(rss).toContain('<rss');
  expect(rss.match(/<item>/g)?.length).toBe(5);
  expect(rss).toContain(sitePath(baseURL, 'articles/'));
  const robots = await (await page.request.get(sitePath(baseURL, 'robots.txt'))).text();
  expect(robots).toContain(`Sitemap: `);
  expect(robots).toContain(sitePath(baseURL, 'sitemap-index.xml'));
  expect((await page.request.get(sitePath(baseURL, 'sitemap-index.xml'))).status()).toBe(200);
  await page.goto(sitePath(baseURL, ''));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    sitePath(baseURL, 'rss.xml'),
  );
});

test('an article page carries NewsArticle JSON-LD with its quotations and their creators', async ({
  page,
  baseURL,
}) => {
  await page.goto(
    sitePath(baseURL, 'articles/macron-faces-a-calculating-and-unbending-putin-in-moscow/'),
  );
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as {
    '@type': string;
    hasPart: Array<{ '@type': string; text: string; creator?: { name: string } }>;
  };
  expect(ld['@type']).toBe('NewsArticle');
  const quotation = ld.hasPart.find((q) => q.text.startsWith('In my opinion'));
  expect(quotation?.['@type']).toBe('Quotation');
  expect(quotation?.creator?.name).toBe('Vladimir Putin');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/macron-faces-a-calculating-and-unbending-putin-in-moscow\/$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Macron faces a calculating and unbending Putin in Moscow',
  );
});
