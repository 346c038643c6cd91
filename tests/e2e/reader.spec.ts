import { expect, sitePath, test } from './fixtures';

test.describe('a reader', () => {
  test('goes from the home page to an article, a quote, its speaker, and back to the quote', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, ''));
    await expect(page.getByRole('heading', { level: 1, name: 'The Macron–Putin dossier' })).toBeVisible();
    await page.getByRole('link', { name: 'Macron faces a calculating and unbending Putin in Moscow' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Macron faces a calculating and unbending Putin in Moscow' })).toBeVisible();

    const quote = page.locator('q.claim', { hasText: 'some of his (Macron’s) suggestions are feasible' });
    await expect(quote).toHaveCount(1);
    const quoteId = await quote.getAttribute('id');
    expect(quoteId).toMatch(/^q-[0-9a-f]{10}$/);

    await quote.locator('xpath=following-sibling::sup[1]').getByRole('link', { name: 'Putin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vladimir Putin' })).toBeVisible();
    const statement = page.locator(`#s-${quoteId!.slice(2)}`);
    await expect(statement).toContainText('some of his (Macron’s) suggestions are feasible');
    await statement.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`#${quoteId}$`));
    await expect(page.locator(`#${quoteId}`)).toBeInViewport();
    await expect(page.locator(`#${quoteId}`)).toHaveText('In my opinion, some of his (Macron’s) suggestions are feasible and could serve as a foundation.');
  });

  test('reads article lists and the home page’s summary with their words spaced', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'articles/'));
    const rfi = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Facing Putin, Macron says he hopes to “start a de-escalation”' }) }).locator('p.meta');
    await expect(rfi).toHaveText(/^RFI, 7 February 2022 · \d+ statements$/u);
    await page.goto(sitePath(baseURL, ''));
    await expect(page.getByText(/published between 7 February 2022 and 25 June 2022, by 5 outlets/u)).toBeVisible();
  });

  test('sees an inferred publication date with its evidence', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'articles/macron-faces-a-calculating-and-unbending-putin-in-moscow/'));
    await expect(page.locator('time[datetime="2022-02-08"]').first()).toHaveText('Tuesday 8 February 2022');
    await expect(page.getByText('inferred', { exact: true }).first()).toBeVisible();
    await page.getByText('Why this date').click();
    await expect(page.getByText('the earliest consistent date is given')).toBeVisible();
  });

  test('reaches every paragraph by its anchor and sees what the cleaner removed', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'articles/facing-putin-macron-says-he-hopes-to-start-a-de-escalation/#p-3'));
    await expect(page.locator('#p-3')).toBeInViewport();
    await expect(page.locator('#p-3')).toContainText('Some of his ideas, his proposals');
    const removals = page.getByRole('table').filter({ hasText: 'Text removed' });
    await expect(removals).toContainText('rf-1-europe');
    await expect(removals).toContainText('duplicate-headline');
    const seedLink = page.getByRole('link', { name: 'The raw text this page was built from' });
    const response = await page.request.get(new URL((await seedLink.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('rf-1-europe');
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
