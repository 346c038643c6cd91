// @ts-check
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Publishes the raw seed text of every article of the built site (as listed by its
 * `data/articles.json`) byte for byte under `seeds/`, beside the pages built from them.
 * Copied once when the build is done: as a route, each file cost Astro about 3.5 ms
 * (3.6 s of a 1,000-article build) to serve what a copy does.
 * @param {string} seedsDir the seeds folder
 * @param {string} outDir the built site's folder
 * @returns {number} how many files were published
 */
export function publishSeeds(seedsDir, outDir) {
  /** @type {Array<{ slug: string; seed: string }>} */
  const articles = JSON.parse(readFileSync(join(outDir, 'data', 'articles.json'), 'utf8'));
  mkdirSync(join(outDir, 'seeds'), { recursive: true });
  for (const { slug, seed } of articles) {
    const from = join(seedsDir, seed);
    if (!existsSync(from)) throw new Error(`${from} is missing: the article "${slug}" was built from it. Point DOSSIER_SEEDS at the seeds folder its content came from.`);
    copyFileSync(from, join(outDir, 'seeds', seed));
  }
  return articles.length;
}
