/**
 * `tsx scripts/index-search.ts [--site dist]`: writes the Pagefind search index of a built
 * site into `<site>/pagefind/`. Run after `astro build` (the `build` scripts do).
 *
 * The records come from the site's own output: `data/claims.json`, `articles.json`,
 * `actors.json`, `outlets.json`, and the text of each built article page, so the index
 * holds exactly what readers see. One record per quotation, article and actor page (see
 * src/lib/search-records.ts), with URLs without the base path: Pagefind's browser side
 * prefixes the base it was loaded from.
 *
 * Any error Pagefind reports stops the build with a non-zero exit.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import {
  articleBodyHtml,
  buildRecords,
  htmlToText,
  otherSpellings,
  PLACE_ALIASES,
  quoteContexts,
  type ActorRow,
  type ArticleInput,
  type ClaimInput,
  type OutletRow,
  type QuoteContext,
  type SearchRecord,
} from '../src/lib/search-records';
import { buildVocabulary, VOCABULARY_FILE, type Vocabulary } from '../src/lib/spelling';

class IndexError extends Error {}

function fail(what: string, errors: readonly string[]): never {
  throw new IndexError(`${what} failed:\n  ${errors.join('\n  ')}`);
}

function readJson<T>(site: string, file: string): T {
  const path = join(site, 'data', file);
  if (!existsSync(path)) throw new IndexError(`${path} is missing: run "astro build" first (the index is built from the site's open data).`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

/** Reads the built site and returns the records to index, and the spelling vocabulary of the same texts. */
function recordsOfSite(site: string): { records: SearchRecord[]; vocabulary: Vocabulary } {
  const claims = readJson<ClaimInput[]>(site, 'claims.json');
  const articles = readJson<ArticleInput[]>(site, 'articles.json');
  const actors = readJson<ActorRow[]>(site, 'actors.json');
  const outlets = readJson<OutletRow[]>(site, 'outlets.json');
  const bodies = new Map<string, string>();
  const contexts = new Map<string, QuoteContext>();
  for (const article of articles) {
    const path = join(site, 'articles', article.slug, 'index.html');
    if (!existsSync(path)) throw new IndexError(`${path} is missing: the article "${article.slug}" of data/articles.json has no page.`);
    const body = articleBodyHtml(readFileSync(path, 'utf8'));
    if (body === null) throw new IndexError(`${path} has no .article-body element to index.`);
    bodies.set(article.slug, htmlToText(body));
    for (const [id, ctx] of quoteContexts(body)) contexts.set(id, ctx);
  }
  const actorPages = new Set(actors.map((a) => a.id).filter((id) => existsSync(join(site, 'actors', id, 'index.html'))));
  const names = [...actors.flatMap((a) => [a.name, ...otherSpellings(a)]), ...outlets.map((o) => o.name), ...PLACE_ALIASES.flat()];
  const texts = [...claims.map((c) => c.quote), ...articles.map((a) => a.title), ...bodies.values()];
  return { records: buildRecords({ claims, articles, actors, outlets, bodies, contexts, actorPages }), vocabulary: buildVocabulary(names, texts) };
}

/** Indexes the built site in `site` into `site/pagefind/`. */
async function indexSite(site: string): Promise<{ records: number; files: number; bytes: number; vocabularyBytes: number }> {
  const { records, vocabulary } = recordsOfSite(site);
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    if (created.errors.length || !created.index) fail('pagefind.createIndex()', created.errors.length ? created.errors : ['no index returned']);
    const { index } = created;
    // All records are sent at once: Pagefind indexes them while Node encodes the next ones.
    const added = await Promise.all(records.map(async (record) => ({ url: record.url, errors: (await index.addCustomRecord(record)).errors })));
    for (const { url, errors } of added) if (errors.length) fail(`addCustomRecord(${url})`, errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writeFiles()', written.errors);
  } finally {
    await pagefind.close();
  }
  if (!existsSync(join(outputPath, 'pagefind.js'))) throw new IndexError(`${outputPath}/pagefind.js was not written.`);
  const json = JSON.stringify(vocabulary);
  // Beside Pagefind's files, so it is cached and served as they are.
  writeFileSync(join(outputPath, VOCABULARY_FILE), json);
  return { records: records.length, ...folderSize(outputPath), vocabularyBytes: Buffer.byteLength(json) };
}

// If the Pagefind binary dies (a panic), its promise never settles and Node exits with 13: say so.
process.on('exit', (code) => {
  if (code === 13) console.error('search index: Pagefind stopped without answering (see its error above); the index was not written.');
});

const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.DOSSIER_OUT ?? 'dist' } } });
const site = values.site!;
const started = performance.now();
try {
  const { records, files, bytes, vocabularyBytes } = await indexSite(site);
  const ms = performance.now() - started;
  console.log(`search index: ${records} records -> ${join(site, 'pagefind')} (${files} files, ${(bytes / 1024).toFixed(0)} KiB; spelling vocabulary ${(vocabularyBytes / 1024).toFixed(1)} KiB) in ${ms.toFixed(0)} ms`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
