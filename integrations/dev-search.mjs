// @ts-check
/**
 * `npm run dev`: a working search, as in the built dossier. Used by astro.config.mjs; does
 * nothing in a build, where scripts/build.ts runs scripts/index-search.ts on dist/.
 *
 * The index is made the build's way, from what the site serves: once the dev server
 * listens, the pages the indexer reads (the open data of data/, each article page, each
 * actor page) are fetched from it into a folder laid out like dist/ (in Astro's cache), and
 * scripts/index-search.ts indexes that folder. The dev server then answers `<base>pagefind/*`
 * from it. It is made again a second after content/ last changed; until the first one is
 * ready, the search page says that the search could not load.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { ActorRowSchema, ArticleRowSchema } from '../src/schemas/open-data';
import { fileURLToPath } from 'node:url';

/** What scripts/index-search.ts reads of a built site, beside article and actor pages. */
const DATA = ['claims.json', 'articles.json', 'actors.json', 'outlets.json'];

/** Content types of the files Pagefind writes; its index files are binary. */
const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
});

/** @returns {import('astro').AstroIntegration} */
export function devSearch() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let base = '/';
  let content = '';
  /** The folder of the index being served, or null before the first one is ready. */
  let served = /** @type {string | null} */ (null);
  /** Where the indexes are made: in Astro's cache folder (node_modules/.astro/). */
  let folder = '';
  /** Astro's command: a build's content sync starts a Vite server too, whose setup hook runs when NODE_ENV is not production (under a test runner). */
  let command = '';
  let runs = 0;
  let timer = /** @type {NodeJS.Timeout | undefined} */ (undefined);
  let origin = '';
  /** Runs one after another, so an older index never replaces a newer one. */
  let queue = Promise.resolve();
  /** @param {import('astro').AstroIntegrationLogger} logger */
  const again = (logger) => void (queue = queue.then(() => index(logger)));

  /**
   * Fetches what the indexer reads into a fresh folder shaped like dist/, indexes it, and
   * serves it when indexing succeeded.
   * @param {import('astro').AstroIntegrationLogger} logger
   */
  async function index(logger) {
    const started = performance.now();
    const site = join(folder, String(++runs));
    /** @param {string} path */
    const get = async (path) => {
      const response = await fetch(new URL(`${base}${path}`, origin));
      return response.ok ? response.text() : null;
    };
    /** @param {string} path @param {string} text */
    const put = (path, text) => {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    };
    try {
      /** @type {Map<string, string>} */
      const data = new Map();
      for (const file of DATA) {
        const text = await get(`data/${file}`);
        if (text === null) throw new Error(`${base}data/${file} did not load`);
        put(`data/${file}`, text);
        data.set(file, text);
      }
      /** @param {string} file */
      const rows = (file) => /** @type {unknown} */ (JSON.parse(data.get(file) ?? '[]'));
      const pages = [
        ...z
          .array(ArticleRowSchema)
          .parse(rows('articles.json'))
          .map((a) => `articles/${a.slug}/`),
        ...z
          .array(ActorRowSchema)
          .parse(rows('actors.json'))
          .map((a) => `actors/${a.id}/`),
      ];
      for (const page of pages) {
        const html = await get(page);
        // An actor without a page of their own has no search record: the indexer checks.
        if (html !== null) put(`${page}index.html`, html);
      }
      const { code, stderr } = await run(root, [
        '--import',
        'tsx',
        'scripts/index-search.ts',
        '--site',
        site,
      ]);
      if (code !== 0)
        throw new Error(stderr.trim() || `scripts/index-search.ts exited with ${code}`);
    } catch (error) {
      rmSync(site, { recursive: true, force: true });
      logger.error(
        `search index not made: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    const previous = served;
    served = site;
    if (previous) rmSync(previous, { recursive: true, force: true });
    logger.info(`search index ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  return {
    name: 'dossier-dev-search',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        content = resolve(fileURLToPath(config.root), process.env.DOSSIER_CONTENT ?? 'content');
        folder = join(fileURLToPath(config.cacheDir), 'dossier-dev-search');
      },
      'astro:server:setup': ({ server, logger }) => {
        if (command !== 'dev') return;
        // Emptied at each start: a dev server stopped by a signal cannot clean up.
        rmSync(folder, { recursive: true, force: true });
        // Astro's dev server takes the base path off a request's URL before it reaches this
        // middleware (astro/dist/vite-plugin-astro-server/base.js); with it is accepted too.
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent(req.url?.split('?')[0] ?? '/');
          const prefix = [`${base}pagefind/`, '/pagefind/'].find((p) => url.startsWith(p));
          if (served === null || prefix === undefined) return next();
          const dir = join(served, 'pagefind');
          const file = join(dir, normalize(url.slice(prefix.length)));
          if (!file.startsWith(dir + sep) || !existsSync(file)) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
        server.watcher.on('all', (_event, path) => {
          if (!origin || !path.startsWith(content + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => again(logger), 1000);
        });
      },
      'astro:server:start': ({ address, logger }) => {
        const host = ['0.0.0.0', '::'].includes(address.address) ? '127.0.0.1' : address.address;
        origin = `http://${address.family === 'IPv6' ? `[${host}]` : host}:${address.port}`;
        again(logger);
      },
      'astro:server:done': () => {
        if (command !== 'dev') return;
        clearTimeout(timer);
        if (folder) rmSync(folder, { recursive: true, force: true });
      },
    },
  };
}

/**
 * Runs a Node script of the project; resolves to its exit code and what it wrote to stderr
 * (its progress, and its error when it fails).
 * @param {string} cwd @param {string[]} args
 * @returns {Promise<{ code: number | null; stderr: string }>}
 */
function run(cwd, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => done({ code: 1, stderr: error.message }));
    child.on('close', (code) => done({ code, stderr }));
  });
}
