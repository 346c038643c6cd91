/**
 * `npm run screenshots`: the README's pictures, taken from the built site (`npm run build`
 * first) in Debian's Chromium, never by hand: who said what, the timeline and an article,
 * at 1280 × 900 in the light theme, and the timeline on a 390 × 844 phone in the dark one.
 * Writes docs/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startPreview } from './audit/serve';

const SHOTS = [
  {
    file: 'who-said-what.png',
    path: 'who-said-what/',
    width: 1280,
    height: 900,
    colorScheme: 'light',
  },
  { file: 'timeline.png', path: 'timeline/', width: 1280, height: 900, colorScheme: 'light' },
  {
    file: 'article.png',
    path: 'articles/putins-snub-of-macron-in-their-last-call-before-the-invasion/',
    width: 1280,
    height: 900,
    colorScheme: 'light',
  },
  {
    file: 'timeline-phone-dark.png',
    path: 'timeline/',
    width: 390,
    height: 844,
    colorScheme: 'dark',
  },
] as const;

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const preview = await startPreview('./dist', '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
    });
    const response = await page.goto(preview.url + shot.path);
    if (response?.status() !== 200) throw new Error(`${shot.path}: HTTP ${response?.status()}`);
    await page.screenshot({ path: `${out}/${shot.file}` });
    await page.close();
    console.log(
      `${out}/${shot.file}: ${shot.path} at ${shot.width} × ${shot.height}, ${shot.colorScheme}`,
    );
  }
} finally {
  await browser.close();
  await preview.stop();
}
