import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The provenance link of an article page that downloads its raw seed text. */
export function seedLink(page: Page): Locator {
  return page.getByRole('link', { name: /^Download the raw text this page was built from/u });
}

/** The bytes the link's data: URL carries, decoded as a browser does (fetch reads data: URLs byte for byte). */
export async function dataUrlBytes(link: Locator): Promise<Buffer> {
  const href = (await link.getAttribute('href'))!;
  if (!href.startsWith('data:text/plain;charset=utf-8,'))
    throw new Error(`not a plain-text data: URL: ${href.slice(0, 60)}`);
  return Buffer.from(await (await fetch(href)).arrayBuffer());
}

/** Clicks the link in the browser and returns the file it saves, with the name it suggests. */
export async function download(
  page: Page,
  link: Locator,
): Promise<{ name: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
}
