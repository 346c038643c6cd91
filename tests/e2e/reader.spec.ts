import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatByteSize } from '../../src/lib/byte-size';
import { expect, sitePath, test } from './fixtures';
import { dataUrlBytes, download, seedLink } from './seed-download';

test.describe('a reader', () => {
  test('goes from the home page to an article, a quote, its speaker, and back to the quote', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, ''));
    await expect(
      page.getByRole('heading', { level: 1, name: 'The Macron–Putin dossier' }),
    ).toBeVisible();
    await page
      .getByRole('link', { name: 'Macron faces a calculating and unbending Putin in Moscow' })
      .first()
      .click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Macron faces a calculating and unbending Putin in Moscow',
      }),
    ).toBeVisible();

    const quote = page.locator('q.claim', {
      hasText: 'some of his (Macron’s) suggestions are feasible',
    });
    await expect(quote).toHaveCount(1);
    const quoteId = await quote.getAttribute('id');
    expect(quoteId).toMatch(/^q-[0-9a-f]{10}$/);

    await quote
      .locator('xpath=following-sibling::sup[1]')
      .getByRole('link', { name: 'Putin' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vladimir Putin' })).toBeVisible();
    const statement = page.locator(`#s-${quoteId!.slice(2)}`);
    await expect(statement).toContainText('some of his (Macron’s) suggestions are feasible');
    await statement.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`#${quoteId}$`));
    await expect(page.locator(`#${quoteId}`)).toBeInViewport();
    await expect(page.locator(`#${quoteId}`)).toHaveText(
      'In my opinion, some of his (Macron’s) suggestions are feasible and could serve as a foundation.',
    );
  });

  test('reads article lists and the home page’s summary with their words spaced', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, 'articles/'));
    const rfi = page
      .getByRole('listitem')
      .filter({
        has: page.getByRole('link', {
          name: 'Facing Putin, Macron says he hopes to “start a de-escalation”',
        }),
      })
      .locator('p.meta');
    await expect(rfi).toHaveText(/^RFI, 7 February 2022 · \d+ statements$/u);
    await page.goto(sitePath(baseURL, ''));
    await expect(
      page.getByText(/published between 7 February 2022 and 25 June 2022, by 5 outlets/u),
    ).toBeVisible();
  });

  test('sees an inferred publication date with its evidence', async ({ page, baseURL }) => {
    await page.goto(
      sitePath(baseURL, 'articles/macron-faces-a-calculating-and-unbending-putin-in-moscow/'),
    );
    await expect(page.locator('time[datetime="2022-02-08"]').first()).toHaveText(
      'Tuesday 8 February 2022',
    );
    await expect(page.getByText('inferred', { exact: true }).first()).toBeVisible();
    await page.getByText('Why this date').click();
    await expect(page.getByText('the earliest consistent date is given')).toBeVisible();
  });

  test('reaches every paragraph by its anchor and sees what was removed from the source text', async ({
    page,
    baseURL,
  }) => {
    await page.goto(
      sitePath(baseURL, 'articles/facing-putin-macron-says-he-hopes-to-start-a-de-escalation/#p-3'),
    );
    await expect(page.locator('#p-3')).toBeInViewport();
    await expect(page.locator('#p-3')).toContainText('Some of his ideas, his proposals');
    await page.getByText('What was changed in the source text', { exact: true }).click();
    const removals = page.getByRole('table').filter({ hasText: 'Text removed' });
    await expect(removals).toContainText('rf-1-europe');
    await expect(removals).toContainText('the headline repeated without its punctuation');
  });

  test('downloads the raw text an article was built from, byte for byte, from the page itself', async ({
    page,
    baseURL,
  }) => {
    await page.goto(
      sitePath(baseURL, 'articles/facing-putin-macron-says-he-hopes-to-start-a-de-escalation/'),
    );
    const link = seedLink(page);
    const file = (await link.getAttribute('download'))!;
    const seed = readFileSync(join('seeds', file));
    // Its name says what it does, and the file's name and size.
    await expect(link).toHaveAccessibleName(
      `Download the raw text this page was built from (${file}, ${formatByteSize(seed.length)})`,
    );
    expect(Buffer.compare(await dataUrlBytes(link), seed)).toBe(0);
    const saved = await download(page, link);
    expect(saved.name).toBe(file);
    expect(Buffer.compare(saved.bytes, seed)).toBe(0);
    // A printout does not spell out the data: URL after the link.
    await page.emulateMedia({ media: 'print' });
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });

  test('gets a 404 page for an unknown address', async ({ page, baseURL }) => {
    const response = await page.goto(sitePath(baseURL, 'does-not-exist/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('finds every page linked from the navigation', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, ''));
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Articles', 'Actors', 'Outlets', 'About']) {
      await nav.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    }
  });
});

const RFI = 'facing-putin-macron-says-he-hopes-to-start-a-de-escalation';
const KYIV_POST = 'macron-faces-a-calculating-and-unbending-putin-in-moscow';
const AP = 'macron-fights-western-tendency-by-keeping-dialogue-open-with-putin';
const FRANCEINFO =
  'what-are-the-telephone-exchanges-between-emmanuel-macron-and-vladimir-putin-for';
const ARTICLES = [
  RFI,
  KYIV_POST,
  AP,
  FRANCEINFO,
  'putins-snub-of-macron-in-their-last-call-before-the-invasion',
];

test.describe('citing and sharing a quotation, without JavaScript', () => {
  test('opens the “Cite” after a paragraph: a ready citation with the quotation’s absolute address, and its link', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, `articles/${RFI}/`));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const cite = page
      .getByRole('group')
      .filter({ has: page.getByText('Cite the quotation of paragraph 3', { exact: true }) });
    const citation = cite.locator('.citation');
    await expect(citation).toBeHidden();
    await page.getByText('Cite the quotation of paragraph 3', { exact: true }).click();
    await expect(citation).toHaveText(
      `Vladimir Putin, 7 February 2022: “Some of his ideas, his proposals (…) are possible to lay the foundations for common progress”. Quoted by RFI in “Facing Putin, Macron says he hopes to ‘start a de-escalation’”, 7 February 2022. ${canonical}#q-b1aba6793a`,
    );
    expect(canonical).toMatch(/^https?:\/\//u);
    await cite.getByRole('link', { name: 'Link to this quotation' }).click();
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, `articles/${RFI}/`)}#q-b1aba6793a$`, 'u'),
    );
    await expect(page.locator('#q-b1aba6793a')).toBeInViewport();
  });

  test('cites a block quotation after its credit lines, not between them and the quotation', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, `articles/${FRANCEINFO}/`));
    await page.getByText('Cite the quotation of paragraph 5', { exact: true }).click();
    await expect(
      page
        .getByRole('group')
        .filter({ hasText: 'We still hope that the cost of the war' })
        .locator('.citation'),
    ).toContainText('Emmanuel Macron’s entourage: “We still hope');
    const order = await page
      .locator('#p-5, #p-7, details.cite:has(.citation:has-text("We still hope"))')
      .evaluateAll((els) => els.map((e) => e.id || 'cite'));
    expect(order).toEqual(['p-5', 'p-7', 'cite']);
  });

  test('reaches each paragraph by the number in its margin', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, `articles/${RFI}/`));
    const number = page.getByRole('link', { name: 'Paragraph 12', exact: true });
    await expect(number).toHaveText('12');
    const [link, text] = await Promise.all([
      number.boundingBox(),
      page.locator('#p-12').boundingBox(),
    ]);
    expect(link!.x + link!.width).toBeLessThanOrEqual(text!.x + 1);
    await number.click();
    await expect(page).toHaveURL(/#p-12$/u);
    await expect(page.locator('#p-12')).toBeInViewport();
  });

  test('says once per article whether its quotations are only in this outlet, and links a shared one to its group', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, `articles/${KYIV_POST}/`));
    await expect(page.getByText(/only in Kyiv Post/u)).toHaveCount(1);
    await expect(
      page.getByText(
        /^\d+ of its \d+ direct quotations are only in Kyiv Post; the other one is also reported by other outlets/u,
      ),
    ).toBeVisible();
    await page.getByText('Cite the 2 quotations of paragraph 7', { exact: true }).click();
    const also = page
      .getByRole('listitem')
      .filter({ hasText: 'In my opinion, some of his' })
      .getByRole('link', { name: 'Also reported by RFI: compare' });
    await expect(also).toHaveAttribute(
      'href',
      new RegExp(`^${sitePath(baseURL, 'who-said-what/')}#g-[0-9a-f]{10}$`, 'u'),
    );
    await also.click();
    const group = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(group).toBeInViewport();
    await expect(group.getByRole('heading', { level: 4 })).toHaveText(
      'Vladimir Putin, 7 February 2022',
    );
    await expect(group).toContainText('In my opinion, some of his');
  });
});

test.describe('an article page, reading first', () => {
  test('puts the text first, then who speaks, then the provenance folded in plain words', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(sitePath(baseURL, `articles/${FRANCEINFO}/`));
    const body = await page.locator('.article-body').boundingBox();
    const who = await page
      .getByRole('heading', { name: 'Who speaks in this article' })
      .boundingBox();
    expect(who!.y).toBeGreaterThan(body!.y + body!.height);
    const removals = page.getByRole('table').filter({ hasText: 'Text removed' });
    await expect(removals).toBeHidden();
    await page.getByText('What was changed in the source text', { exact: true }).click();
    await expect(removals).toBeVisible();
    await expect(removals).toContainText('a scraper’s credit line, not part of the article');
    await expect(page.getByRole('main')).not.toContainText(/extractor|cleaner|normali[sz]er/iu);
  });

  test('marks each quotation with one speaker marker, a target of at least 24 × 24 px', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, `articles/${RFI}/`));
    const markers = page.locator('.article-body sup.speaker-tag');
    expect(await markers.count()).toBe(
      await page.locator('.article-body .claim + sup.speaker-tag').count(),
    );
    await expect(markers.getByRole('link')).toHaveCount(await markers.count());
    for (const box of await markers
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const fontSize = await markers
      .first()
      .evaluate((sup) => Number.parseFloat(getComputedStyle(sup).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(13.5);
  });

  for (const slug of ARTICLES) {
    test(`${slug}: at most 6,000 px tall at 1280 px, and no wider than 320 px`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(sitePath(baseURL, `articles/${slug}/`));
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        6000,
      );
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    });
  }

  test('prints the site’s name, the page’s address and the date, keeps quotes and speakers, and no address after an internal link', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, `articles/${AP}/`));
    await page.emulateMedia({ media: 'print' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(
      page.getByText(
        new RegExp(
          `^The Macron–Putin dossier · ${canonical!.replace(/[.?]/gu, '\\$&')} · version of \\d{1,2} \\w+ \\d{4}$`,
          'u',
        ),
      ),
    ).toBeVisible();
    const marker = page.locator('.article-body sup.speaker-tag a').first();
    await expect(marker).toBeVisible();
    await expect(page.locator('q.claim').first()).toBeVisible();
    const after = await page
      .locator('.article-body a, a[href^="/"]')
      .evaluateAll((links) => [
        ...new Set(links.map((a) => getComputedStyle(a, '::after').content)),
      ]);
    expect(after).toEqual(['none']);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(/version of \d/u)).toBeHidden();
  });
});

test.describe('polish', () => {
  test('a tweet’s signature keeps its one dash, and two credit lines under one block quotation read as one', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, `articles/${AP}/`));
    const signature = page.locator('#p-24');
    await expect(signature).toHaveText('– Emmanuel Macron (@EmmanuelMacron) March 3, 2022');
    expect(await signature.evaluate((p) => getComputedStyle(p, '::before').content)).toBe('none');
    await page.goto(sitePath(baseURL, `articles/${FRANCEINFO}/`));
    const [first, second] = await Promise.all([
      page.locator('#p-6').boundingBox(),
      page.locator('#p-7').boundingBox(),
    ]);
    expect(Math.abs(first!.y - second!.y)).toBeLessThan(2);
    expect(
      await page.locator('#p-7').evaluate((p) => getComputedStyle(p, '::before').content),
    ).not.toContain('—');
  });

  test('sets the article’s title in the typeface of every other page’s title', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, 'about/'));
    const about = await page
      .getByRole('heading', { level: 1 })
      .evaluate((h) => getComputedStyle(h).fontFamily);
    await page.goto(sitePath(baseURL, `articles/${RFI}/`));
    expect(
      await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).fontFamily),
    ).toBe(about);
  });
});
