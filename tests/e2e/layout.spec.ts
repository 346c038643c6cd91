import { allPages, expect, test } from './fixtures';

/**
 * Every page fits a phone's width and stays short enough to scan: the measures, on
 * every page of the built site (sitemap and links), not a sample.
 */
for (const width of [320, 390]) {
  test(`no page is wider than a ${width} px viewport`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    const pages = await allPages(page, baseURL);
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`${path}: ${scroll} px`);
    }
    expect(wide).toEqual([]);
  });
}

test('no page of the five-article dossier is taller than 6,000 px at 1280 px wide', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const pages = await allPages(page, baseURL);
  const tall: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > 6000) tall.push(`${path}: ${height} px`);
  }
  expect(tall).toEqual([]);
});
