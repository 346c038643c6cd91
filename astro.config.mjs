// @ts-check
import sitemap from '@astrojs/sitemap';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { devContent } from './integrations/dev-content.mjs';
import { devSearch } from './integrations/dev-search.mjs';
import { quietBuild } from './integrations/quiet-build.mjs';
import { securityHeaders } from './integrations/security.mjs';
import { resolveSiteUrl, siteUrlNote } from './integrations/site-url.mjs';
import { storeModule } from './integrations/store-module.mjs';

// SITE_URL: the absolute origin for canonical links, the feed and the sitemap (else Netlify's
// URL or Cloudflare Pages' CF_PAGES_URL, else the local preview, with a note: integrations/site-url.mjs).
// BASE_PATH: the sub-path the site is served under (e.g. /dossier/).
// DOSSIER_OUT: lets tests build a fixture dossier without touching dist/.
// DOSSIER_SEEDS (read in src/lib/seed-file.ts): the seeds folder the content came from, whose raw
// texts each article page carries for download (checked against the content's SHA-256).
// DOSSIER_CONTENT (read in src/content.config.ts): the content/ folder of such a fixture. It
// gets its own content cache beside it: the cache remembers each entry's file path, so a
// shared one would send the next real build to the fixture's (by then deleted) files.
const fixtureContent = process.env.DOSSIER_CONTENT;
const siteUrl = resolveSiteUrl(process.env);
const site = siteUrl.url;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.DOSSIER_OUT ?? './dist',
  ...(fixtureContent ? { cacheDir: join(fixtureContent, '..', '.astro-cache') } : {}),
  integrations: [
    sitemap(),
    siteUrlNote(siteUrl),
    securityHeaders(),
    quietBuild(),
    storeModule(),
    devContent(),
    devSearch(),
  ],
  build: {
    // Every stylesheet as a hashed file: a strict Content-Security-Policy needs no inline style.
    inlineStylesheets: 'never',
    assets: '_assets',
    // Pages rendered three at a time, so one page's writing overlaps the next one's rendering:
    // at 1,000 articles `astro build` took 8.4–8.7 s against 9.0–9.4 s one at a time (three
    // alternating runs each). The pages are the same bytes.
    concurrency: 3,
  },
  devToolbar: { enabled: false },
});
