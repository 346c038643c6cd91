import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, sitePath, test } from './fixtures';

/**
 * The search page (/search/, Pagefind): phrase, filter and alias searches, the query in
 * the URL, results that land on the quotation (highlighted by a text fragment), the
 * header's search box, a clear no-results state, and accessibility. Runs at the root and
 * under /dossier/, which proves the index's URLs and pagefind.js honour the base path.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.getByRole('status');
const quoteResult = (page: Page, text: string | RegExp) =>
  results(page).filter({ has: page.getByRole('heading', { level: 3, name: text }) });

async function search(page: Page, baseURL: string | undefined, query: string): Promise<void> {
  await page.goto(sitePath(baseURL, `search/?${query}`));
  await expect(status(page)).toHaveText(/result/u);
}

async function speakerAndOutlet(item: Locator): Promise<string> {
  return (await item.locator('.result-meta').textContent()) ?? '';
}

test.describe('search', () => {
  test('finds a phrase of a quotation with its speaker, from two outlets', async ({
    page,
    baseURL,
  }) => {
    await search(page, baseURL, 'q=until+the+end');
    const hits = quoteResult(page, /until the end/u);
    await expect(hits).toHaveCount(2);
    const metas = await Promise.all([0, 1].map(async (i) => speakerAndOutlet(hits.nth(i))));
    for (const meta of metas) expect(meta).toContain('Vladimir Putin');
    expect(metas.join(' ')).toContain('Associated Press');
    expect(metas.join(' ')).toContain('ABC');
    // The quotations come before the articles that contain the same words.
    await expect(results(page).first()).toHaveClass(/result-quote/u);
    await expect(hits.first().locator('mark').first()).toHaveText('until the end');
  });

  test('ranks full quotations above quoted fragments and terms', async ({ page, baseURL }) => {
    await search(page, baseURL, 'q=war&kind=quote');
    const items = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
    // Each result opens on its badge, the kinds' names of the reader pages capitalised:
    // "Direct quotation", "Reported speech", "Quoted fragment", "Term".
    const badges = (await items.allInnerTexts()).map((text) => text.trim().split('\n')[0]!.trim());
    const full = badges.map((b) => b === 'Direct quotation' || b === 'Reported speech');
    expect(full).toContain(true);
    expect(full).toContain(false);
    // Every full statement comes before the first fragment or term.
    expect(full.indexOf(false)).toBeGreaterThan(full.lastIndexOf(true));
  });

  test('highlights a stopword only inside the phrase it belongs to', async ({ page, baseURL }) => {
    await search(page, baseURL, 'q=until+the+end');
    const marks = page.getByRole('region', { name: 'Results' }).locator('mark');
    await expect(marks.first()).toBeVisible();
    const texts = (await marks.allTextContents()).map((t) => t.toLowerCase());
    expect(texts).toContain('until the end');
    expect(texts.filter((t) => t === 'the')).toEqual([]);
  });

  test('finds “torturing me” said by Putin, and “dig a ditch” said by Kuleba on RFI', async ({
    page,
    baseURL,
  }) => {
    await search(page, baseURL, 'q=torturing+me');
    const torture = quoteResult(page, /almost torturing me/u);
    await expect(torture).toHaveCount(1);
    await expect(torture.locator('.result-meta')).toContainText('Vladimir Putin');
    await expect(torture.locator('.result-meta')).toContainText('Kyiv Post');

    await search(page, baseURL, 'q=dig+a+ditch');
    const ditch = quoteResult(page, /dig a ditch/u);
    await expect(ditch).toHaveCount(1);
    await expect(ditch.locator('.result-meta')).toContainText('Dmytro Kuleba');
    await expect(ditch.locator('.result-meta')).toContainText('RFI');
  });

  test('narrows results by speaker, outlet and kind', async ({ page, baseURL }) => {
    await search(page, baseURL, 'q=until+the+end');
    const all = await results(page).count();

    await page.getByLabel('Kind').selectOption('quote');
    await expect(page).toHaveURL(/[?&]kind=quote/u);
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator('#search-results > li:not(.result-quote)')).toHaveCount(0);

    await page.getByLabel('Speaker').selectOption('putin');
    await expect(page).toHaveURL(/[?&]speaker=putin/u);
    await expect(status(page)).toContainText('speaker Vladimir Putin');
    for (const meta of await results(page).locator('.result-meta').allTextContents())
      expect(meta).toContain('Vladimir Putin');

    await page.getByLabel('Outlet').selectOption('ap');
    await expect(page).toHaveURL(/[?&]outlet=ap/u);
    await expect(status(page)).toContainText('outlet Associated Press');
    const narrowed = await results(page).count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    for (const meta of await results(page).locator('.result-meta').allTextContents())
      expect(meta).toContain('Associated Press');

    await page.getByLabel('Kind').selectOption('article');
    await expect(page.locator('#search-results > li:not(.result-article)')).toHaveCount(0);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('Associated Press');
  });

  test('filters alone list what they select, and sort by date', async ({ page, baseURL }) => {
    await search(page, baseURL, 'speaker=kuleba&kind=quote&sort=oldest');
    await expect(page.getByLabel('Order')).toHaveValue('oldest');
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    for (const meta of await results(page).locator('.result-meta').allTextContents())
      expect(meta).toContain('Dmytro Kuleba');

    await page.goto(sitePath(baseURL, 'search/?kind=article&sort=newest'));
    await expect(status(page)).toHaveText(/^5 results/u);
    const newest = await results(page)
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(newest).toEqual([...newest].sort().reverse());
    await page.getByLabel('Order').selectOption('oldest');
    await expect(page).toHaveURL(/sort=oldest/u);
    await expect(results(page).first().locator('time')).toHaveAttribute('datetime', newest.at(-1)!);
  });

  test('finds names in their other spellings: Poutine, Kouleba, Kiev', async ({
    page,
    baseURL,
  }) => {
    await search(page, baseURL, 'q=Poutine');
    await expect(results(page).filter({ hasText: 'Vladimir Putin' }).first()).toBeVisible();
    await expect(page.locator('.result-actor').filter({ hasText: 'Vladimir Putin' })).toHaveCount(
      1,
    );

    await search(page, baseURL, 'q=Kouleba');
    await expect(page.locator('.result-actor h3')).toContainText(['Dmytro Kuleba']);
    await expect(quoteResult(page, /dig a ditch/u)).toHaveCount(1);

    await search(page, baseURL, 'q=Kiev');
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator('#search-results')).toContainText('Kyiv');
  });

  test('keeps the query in the URL, both ways', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'search/?q=until+the+end&speaker=putin'));
    await expect(page.getByLabel('Words or phrase')).toHaveValue('until the end');
    await expect(page.getByLabel('Speaker')).toHaveValue('putin');
    await expect(status(page)).toContainText('for “until the end”, with speaker Vladimir Putin');
    await expect(quoteResult(page, /until the end/u)).toHaveCount(2);

    await page.goto(sitePath(baseURL, 'search/'));
    await expect(status(page)).toHaveText('');
    await page.getByLabel('Words or phrase').pressSequentially('torturing', { delay: 30 });
    await expect(page).toHaveURL(/\/search\/\?q=torturing$/u);
    await expect(quoteResult(page, /torturing me/u)).toHaveCount(1);
    await page.getByLabel('Outlet').selectOption('kyiv-post');
    await expect(page).toHaveURL(/\/search\/\?q=torturing&outlet=kyiv-post$/u);

    // A reload of the shared address shows the same search.
    await page.reload();
    await expect(page.getByLabel('Words or phrase')).toHaveValue('torturing');
    await expect(page.getByLabel('Outlet')).toHaveValue('kyiv-post');
    await expect(quoteResult(page, /torturing me/u)).toHaveCount(1);
  });

  test('a quotation result lands on the quotation, highlighted by a text fragment', async ({
    page,
    baseURL,
  }) => {
    await search(page, baseURL, 'q=until+the+end&outlet=abc-es&kind=quote');
    const link = quoteResult(page, /until the end/u)
      .getByRole('link')
      .first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(
      new RegExp(
        `^${sitePath(baseURL, 'articles/')}putins-snub-of-macron-in-their-last-call-before-the-invasion/#q-[0-9a-f]{10}:~:text=`,
        'u',
      ),
    );
    expect(decodeURIComponent(href.split(':~:text=')[1]!)).toMatch(/(^|-,)until the end(,-|$)/u);
    const id = /#(q-[0-9a-f]{10})/u.exec(href)![1]!;

    await link.click();
    await expect(page).toHaveURL(
      new RegExp(
        `/articles/putins-snub-of-macron-in-their-last-call-before-the-invasion/#${id}$`,
        'u',
      ),
    );
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    const quote = page.locator(`#${id}`);
    await expect(quote).toHaveText(/until the end/u);
    await expect(quote).toBeInViewport();
    await expect(page.locator(':target')).toHaveAttribute('id', id);

    // The browser paints the text fragment's highlight: the quotation looks different from
    // the same quotation reached by its plain anchor (in a fresh page: a same-document
    // navigation would keep the highlight).
    const highlighted = await quote.screenshot();
    const plainPage = await page.context().newPage();
    await plainPage.goto(
      sitePath(
        baseURL,
        `articles/putins-snub-of-macron-in-their-last-call-before-the-invasion/#${id}`,
      ),
    );
    await expect(plainPage.locator(':target')).toHaveAttribute('id', id);
    await expect(plainPage.locator(`#${id}`)).toBeInViewport();
    const plain = await plainPage.locator(`#${id}`).screenshot();
    await plainPage.close();
    expect(highlighted.equals(plain)).toBe(false);
  });

  test('a long quotation found by a middle phrase lands on it too', async ({ page, baseURL }) => {
    await search(page, baseURL, 'q=torturing+me');
    const link = quoteResult(page, /torturing me/u)
      .getByRole('link')
      .first();
    const href = (await link.getAttribute('href'))!;
    expect(decodeURIComponent(href.split(':~:text=')[1]!)).toContain('torturing me');
    await link.click();
    const id = /#(q-[0-9a-f]{10})/u.exec(href)![1]!;
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(page.locator(`#${id}`)).toContainText('almost torturing me');
  });

  test('the header search box submits to the search page', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'articles/'));
    const box = page.getByRole('search').getByLabel('Search quotes and articles');
    await box.fill('dig a ditch');
    await box.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, 'search/')}\\?q=dig\\+a\\+ditch$`, 'u'),
    );
    await expect(page.getByLabel('Words or phrase')).toHaveValue('dig a ditch');
    await expect(quoteResult(page, /dig a ditch/u)).toHaveCount(1);
  });

  test('the search page shows one search box, and every box shows an example query', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, 'search/'));
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Words or phrase' })).toHaveAttribute(
      'placeholder',
      /^e\.g\. until the end/u,
    );

    await page.goto(sitePath(baseURL, 'articles/'));
    await expect(
      page.getByRole('searchbox', { name: 'Search quotes and articles' }),
    ).toHaveAttribute('placeholder', /^e\.g\. until the end/u);
  });

  test.describe('on a 390 × 844 phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('shows the first result above the fold, the filters folded under one summary', async ({
      page,
      baseURL,
    }) => {
      await search(page, baseURL, 'q=Putin');
      const first = page.getByRole('region', { name: 'Results' }).getByRole('listitem').first();
      await expect(first).toBeInViewport();
      const top = await first.evaluate((item) => item.getBoundingClientRect().top);
      expect(top).toBeLessThan(844 - 100);
      await expect(page.getByLabel('Speaker')).toBeHidden();
      // A filter with one choice (the dossier's single year) is not offered.
      await expect(page.getByLabel('Year')).toHaveCount(0);

      const summary = page.getByText('Narrow and sort', { exact: true }).first();
      await summary.focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Speaker').selectOption('putin');
      await expect(page).toHaveURL(/[?&]speaker=putin/u);
      await expect(page.locator('summary')).toHaveText('Narrow and sort (1 chosen)');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
      }
    });
  });

  for (const width of [320, 390]) {
    test(`is no wider than a ${width} px screen, results and filters shown`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await search(page, baseURL, 'q=Putin');
      await page.getByText('Narrow and sort', { exact: true }).first().click();
      await expect(page.getByLabel('Speaker')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    });
  }

  test('says clearly when nothing matches', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'search/'));
    await page.getByLabel('Words or phrase').fill('xqzjv');
    await expect(status(page)).toHaveText(/^No results for “xqzjv”\./u);
    await expect(results(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=xqzjv$/u);
  });

  test('offers the nearest spellings of the dossier’s names when a query finds little, as links the keyboard runs', async ({
    page,
    baseURL,
  }) => {
    const vocabulary: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/pagefind/dossier-vocabulary.json')) vocabulary.push(r.url());
    });
    await search(page, baseURL, 'q=Putin');
    expect(vocabulary).toEqual([]);

    await page.getByLabel('Words or phrase').fill('Borel');
    const borrell = status(page).getByRole('link', { name: 'Borrell' });
    await expect(status(page)).toContainText('Did you mean');
    await borrell.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?q=Borrell$/u);
    await expect(page.getByLabel('Words or phrase')).toHaveValue('Borrell');
    await expect(
      page
        .getByRole('region', { name: 'Results' })
        .getByRole('heading', { level: 3, name: 'Josep Borrell' }),
    ).toBeVisible();
    await expect(status(page).getByRole('link')).toHaveCount(0);

    await page.getByLabel('Words or phrase').fill('Zelenskj');
    await expect(status(page).getByRole('link').first()).toHaveText('Zelensky');
    // The link is a real search address too (a new tab, a copied link).
    expect(await status(page).getByRole('link').first().getAttribute('href')).toBe(
      `${sitePath(baseURL, 'search/')}?q=Zelensky`,
    );
    expect(vocabulary).toHaveLength(1);
  });

  test('loads its script from a file and its index only on the search page', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await search(page, baseURL, 'q=Macron');
    const scripts = page.locator('script:not([type="application/ld+json"])');
    await expect(scripts).toHaveCount(1);
    await expect(scripts).toHaveAttribute(
      'src',
      new RegExp(`^${sitePath(baseURL, '_assets/')}.+\\.js$`, 'u'),
    );
    expect(await scripts.evaluate((s) => s.textContent)).toBe('');
    expect(requests).toContain(sitePath(baseURL, 'pagefind/pagefind.js'));
    expect(requests.some((p) => p.startsWith(sitePath(baseURL, 'pagefind/fragment/')))).toBe(true);

    requests.length = 0;
    await page.goto(sitePath(baseURL, 'articles/'));
    expect(requests.filter((p) => p.endsWith('.js') || p.includes('/pagefind/'))).toEqual([]);
  });

  test('shows the form and a clear message without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(sitePath(baseURL, 'search/?q=until+the+end'));
    await expect(
      page
        .getByRole('search', { name: 'Search quotations and articles' })
        .getByLabel('Words or phrase'),
    ).toBeVisible();
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'claims.csv' }).first()).toBeVisible();
    await context.close();
  });

  test('hides the message for readers without JavaScript from those who have it', async ({
    page,
    baseURL,
  }) => {
    await search(page, baseURL, 'q=ditch');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
  });

  test('shows more results on request, keyboard first', async ({ page, baseURL }) => {
    await search(page, baseURL, 'q=Putin');
    await expect(results(page)).toHaveCount(10);
    const more = page.getByRole('button', { name: /Show more results/u });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => results(page).count()).toBeGreaterThan(10);
    await expect(results(page).nth(10).getByRole('link').first()).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violation with results shown, in the ${colorScheme} theme`, async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme });
      await search(page, baseURL, 'q=Putin&sort=newest');
      await expect(results(page).first().locator('mark').first()).toBeVisible();
      const withResults = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        withResults.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);

      await page.getByLabel('Words or phrase').fill('xqzjv');
      await expect(status(page)).toHaveText(/^No results/u);
      const empty = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(empty.violations.map((v) => v.id)).toEqual([]);
    });
  }
});
