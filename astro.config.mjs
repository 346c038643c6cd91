// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// DOSSIER_OUT lets tests build a fixture dossier without touching dist/.
export default defineConfig({
  outDir: process.env.DOSSIER_OUT ?? './dist',
  integrations: [mdx()],
  // The normalizer writes the exact characters readers must see: no smart punctuation,
  // no GFM autolinks or strikethrough reinterpreting article text.
  markdown: { smartypants: false, gfm: false },
});
