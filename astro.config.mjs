// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// SITE_URL: the absolute origin for canonical links, the feed and the sitemap.
// BASE_PATH: the sub-path the site is served under (e.g. /dossier/).
// DOSSIER_OUT: lets tests build a fixture dossier without touching dist/.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.DOSSIER_OUT ?? './dist',
  integrations: [mdx(), sitemap()],
  build: {
    // Every stylesheet as a hashed file: a strict Content-Security-Policy needs no inline style.
    inlineStylesheets: 'never',
    assets: '_assets',
  },
  // The normalizer writes the exact characters readers must see: no smart punctuation,
  // no GFM autolinks or strikethrough reinterpreting article text.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  devToolbar: { enabled: false },
});
