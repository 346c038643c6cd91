import AxeBuilder from '@axe-core/playwright';
import { allPages, expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has no axe violation (WCAG 2.2 AA) in the ${colorScheme} theme`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    const pages = await allPages(page, baseURL);
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      for (const v of violations)
        failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}

test('the reader pages load no script at all', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const pages = await allPages(page, baseURL);
  for (const path of pages) {
    await page.goto(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
  }
});
