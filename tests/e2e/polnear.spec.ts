import AxeBuilder from '@axe-core/playwright';
import { expect, sitePath, test } from './fixtures';

/**
 * The dossier a new editor gets from the PolNeAR dev split (`npm run eval:site`): 84
 * articles of US political news that nobody tuned the extractor for. Its speakers are
 * found in the texts, not in the gazetteer, and each is an actor with their statements.
 */

test('lists the speakers found in the texts as actors, the most quoted first', async ({
  page,
  baseURL,
}) => {
  await page.goto(sitePath(baseURL, 'actors/'));
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Donald Trump');
  for (const name of ['Hillary Clinton', 'Barack Obama', 'Bernie Sanders', 'Mike Pence']) {
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
});

test('shows an actor found in the text with the ways the texts name her, her statements, and each statement’s paragraph', async ({
  page,
  baseURL,
}) => {
  await page.goto(sitePath(baseURL, 'actors/hillary-clinton/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Hillary Clinton' })).toBeVisible();
  await expect(page.getByText('found in the text, not in the gazetteer')).toBeVisible();
  await expect(page.getByText(/Named in the texts as .*Clinton/u)).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: /^Statements \(\d+\)$/u });
  const count = Number((await heading.textContent())!.match(/\d+/u)![0]);
  expect(count).toBeGreaterThan(20);
  const first = page.locator('[id^="s-"]').first();
  const words = (await first.locator('q, p').first().textContent())!.trim();
  await first.getByRole('link').first().click();
  const quote = page.locator(':target');
  await expect(quote).toBeInViewport();
  await expect(quote).toContainText(words.replace(/^[“"]|[”"]$/gu, '').slice(0, 20));
});

test('keeps an unnamed source apart, as an actor of its own', async ({ page, baseURL }) => {
  await page.goto(sitePath(baseURL, 'actors/'));
  const source = page.getByRole('rowheader', { name: /^(?:a|an|one|another) /u }).first();
  await source.getByRole('link').click();
  await expect(page.getByText('an unnamed source, known only by this description')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violation on its actor pages in the ${colorScheme} theme`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['actors/', 'actors/donald-trump/']) {
      await page.goto(sitePath(baseURL, path));
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
  });
}
