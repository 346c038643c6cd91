/**
 * `tsx scripts/index-search.ts [--site dist]`: writes the Pagefind search index of a built
 * site into `<site>/pagefind/`. Run after `astro build` (the `build` scripts do).
 *
 * What it indexes comes from the site's own output: `data/claims.json`, `articles.json`,
 * `actors.json`, `outlets.json`, and the text of each built article page, so the index
 * holds exactly what readers see. One lean Pagefind page per article, each quotation a
 * sub-result on its anchor (src/lib/search-page.ts), and one custom record per actor page
 * (src/lib/search-records.ts), with URLs without the base path: Pagefind's browser side
 * prefixes the base it was loaded from.
 *
 * Any error Pagefind reports stops the build with a non-zero exit.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { PLACE_ALIASES } from '../src/lib/place-aliases';
import { ActorRowSchema, ArticleRowSchema, ClaimRowSchema, OutletRowSchema } from '../src/schemas';
import { indexPlan } from '../src/lib/search-page';
import { otherSpellings } from '../src/lib/search-records';
import { buildVocabulary, VOCABULARY_FILE, type Vocabulary } from '../src/lib/spelling';
import { createReporter } from './progress';
import { articlePageText, type ArticleText } from './search/html-text';

class IndexError extends Error {}

function fail(what: string, errors: readonly string[]): never {
  throw new IndexError(`${what} failed:\n  ${errors.join('\n  ')}`);
}

/** Reads one open data file of the built site back through the schema of its rows. */
function readRows<T extends z.ZodType>(site: string, file: string, row: T): z.infer<T>[] {
  const path = join(site, 'data', file);
  if (!existsSync(path))
    throw new IndexError(
      `${path} is missing: run "astro build" first (the index is built from the site's open data).`,
    );
  const parsed = z.array(row).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new IndexError(`${path} does not hold its rows:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
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

/**
 * Fragment files per Pagefind page: Pagefind 1.6 bundles the pages' fragments into groups
 * (`maxFragments`), each fetched whole when one of its pages is shown. 0.12 (groups of
 * about eight pages) keeps the index near 0.2 files per article at 1,000 articles, beside
 * the article pages, the raw seeds and the actor pages (2.27 per article), under the
 * 2.5-file budget (issue #13); measured, with the first query's bytes, in the commit that set
 * it. `DOSSIER_FRAGMENTS_PER_PAGE` overrides it for measurements.
 */
const FRAGMENTS_PER_PAGE = Number(process.env.DOSSIER_FRAGMENTS_PER_PAGE ?? 0.12);

/** At most this many fragment files for `pages` Pagefind pages; no bundling below 64 pages. */
function maxFragments(pages: number): number {
  return Math.max(64, Math.ceil(pages * FRAGMENTS_PER_PAGE));
}

/**
 * What Pagefind writes that the site never loads: its bundled interfaces (the search page
 * is its own island, on the main thread: no worker) and the wasm of pages without a
 * language (every page is English). Removed, so they are not deployed files.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

/**
 * How many words of each article's body text are indexed, from its start (its lead), beside
 * its title, the names and places it mentions and its quotations. The whole body measured
 * 109 KB for the first query at 5 articles, against a budget of 100 KB (the index's one
 * chunk holds every word); 150 words, 93 KB. `DOSSIER_BODY_WORDS` overrides it.
 */
const BODY_WORDS = Number(process.env.DOSSIER_BODY_WORDS ?? 150);

/**
 * Progress on stderr: on a terminal, a line rewritten in place; otherwise one summary line
 * per stage. `npm run build` runs this step with its output piped, and says with
 * DOSSIER_TTY=1 that a person is watching.
 */
const progress = createReporter({
  task: 'search index',
  tty: Boolean(process.stderr.isTTY) || process.env.DOSSIER_TTY === '1',
});

/** The built site's open data, read back through its schemas, and what to index of it. */
function siteData(site: string) {
  const claims = readRows(site, 'claims.json', ClaimRowSchema);
  const articles = readRows(site, 'articles.json', ArticleRowSchema);
  const actors = readRows(site, 'actors.json', ActorRowSchema);
  const outlets = readRows(site, 'outlets.json', OutletRowSchema);
  const actorPages = new Set(
    actors.map((a) => a.id).filter((id) => existsSync(join(site, 'actors', id, 'index.html'))),
  );
  const plan = indexPlan({ claims, articles, actors, outlets, actorPages, bodyWords: BODY_WORDS });
  const names = [
    ...actors.flatMap((a) => [a.name, ...otherSpellings(a)]),
    ...outlets.map((o) => o.name),
    ...PLACE_ALIASES.flat(),
  ];
  /** The spelling vocabulary of the quotations, the titles and the bodies read. */
  const vocabulary = (bodies: readonly string[]) =>
    buildVocabulary(names, [
      ...claims.map((c) => c.quote),
      ...articles.map((a) => a.title),
      ...bodies,
    ]);
  return { articles, plan, vocabulary };
}

/** The text of an article's built page: what the index is given of its body. */
function articleText(site: string, slug: string): ArticleText {
  const path = join(site, 'articles', slug, 'index.html');
  if (!existsSync(path))
    throw new IndexError(
      `${path} is missing: the article "${slug}" of data/articles.json has no page.`,
    );
  const body = articlePageText(readFileSync(path, 'utf8'));
  if (body === null) throw new IndexError(`${path} has no .article-body element to index.`);
  return body;
}

/** How many articles are read between two turns of the event loop, which send them on to Pagefind's process. */
const READ_BATCH = 16;

/** Indexes the built site in `site` into `site/pagefind/`. */
async function indexSite(site: string): Promise<{
  pages: number;
  records: number;
  files: number;
  bytes: number;
  vocabularyBytes: number;
}> {
  const { articles, plan, vocabulary: vocabularyOf } = siteData(site);
  const records = plan.records();
  const total = articles.length + records.length;
  const bodies: string[] = [];
  // Set in the try below, which otherwise throws.
  let vocabulary!: Vocabulary;
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ maxFragments: maxFragments(total) });
    if (created.errors.length || !created.index)
      fail(
        'pagefind.createIndex()',
        created.errors.length ? created.errors : ['no index returned'],
      );
    const { index } = created;
    // Each article page is sent as soon as it is read, so Pagefind's process indexes it
    // while this one reads the next (a few at a time: a turn of the event loop sends them).
    progress.start('index', total, 'pages and records');
    let done = 0;
    // Never rejects: a request still pending when a later page fails is answered by
    // Pagefind's close with a rejection, which must not reach Node as an unhandled one.
    const counted = (what: string, answer: Promise<{ errors: string[] }>) =>
      answer.then(
        ({ errors }) => {
          progress.tick(++done);
          return { what, errors };
        },
        (error: unknown) => ({ what, errors: [String(error)] }),
      );
    const added: Array<Promise<{ what: string; errors: string[] }>> = [];
    for (const [i, article] of articles.entries()) {
      const text = articleText(site, article.slug);
      bodies.push(text.text);
      const page = plan.page(article, text.text, text.contexts);
      added.push(counted(`addHTMLFile(${page.url})`, index.addHTMLFile(page)));
      if (i % READ_BATCH === READ_BATCH - 1) await new Promise((next) => setImmediate(next));
    }
    for (const record of records)
      added.push(counted(`addCustomRecord(${record.url})`, index.addCustomRecord(record)));
    for (const { what, errors } of await Promise.all(added)) if (errors.length) fail(what, errors);
    progress.end();
    progress.start('write', total, 'pages and records');
    const writing = index.writeFiles({ outputPath });
    // While Pagefind's own process writes the index, this one builds the vocabulary (once
    // the request has left: the next turn of the event loop).
    await new Promise((next) => setImmediate(next));
    vocabulary = vocabularyOf(bodies);
    const written = await writing;
    if (written.errors.length) fail('writeFiles()', written.errors);
    progress.end();
  } catch (error) {
    progress.abort();
    throw error;
  } finally {
    await pagefind.close();
  }
  if (!existsSync(join(outputPath, 'pagefind.js')))
    throw new IndexError(`${outputPath}/pagefind.js was not written.`);
  for (const file of UNUSED) rmSync(join(outputPath, file), { force: true });
  const json = JSON.stringify(vocabulary);
  // Beside Pagefind's files, so it is cached and served as they are.
  writeFileSync(join(outputPath, VOCABULARY_FILE), json);
  return {
    pages: articles.length,
    records: records.length,
    ...folderSize(outputPath),
    vocabularyBytes: Buffer.byteLength(json),
  };
}

// If the Pagefind binary dies (a panic), its promise never settles and Node exits with 13: say so.
process.on('exit', (code) => {
  if (code === 13)
    console.error(
      'search index: Pagefind stopped without answering (see its error above); the index was not written.',
    );
});

const { values } = parseArgs({
  options: { site: { type: 'string', default: process.env.DOSSIER_OUT ?? 'dist' } },
});
const site = values.site;
const started = performance.now();
try {
  const { pages, records, files, bytes, vocabularyBytes } = await indexSite(site);
  const ms = performance.now() - started;
  console.log(
    `search index: ${pages} articles and ${records} actor records -> ${join(site, 'pagefind')} (${files} files, ${(bytes / 1024).toFixed(0)} KiB; spelling vocabulary ${(vocabularyBytes / 1024).toFixed(1)} KiB) in ${ms.toFixed(0)} ms`,
  );
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
