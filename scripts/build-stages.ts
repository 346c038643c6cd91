/**
 * The two stages of `npm run build` (scripts/build.ts), as the arguments of the project's
 * own Node: Astro's build, then the search index of the site it wrote. `npm run bench` times
 * the same commands.
 */
import { join } from 'node:path';

/**
 * Astro's build with a young generation of 64 MiB a half (V8's default is 16 MiB): a page's
 * rendering makes many short-lived strings, and fewer scavenges keep fewer of them. At 1,000
 * synthetic articles `astro build` took 9.15–9.86 s against 9.81–10.32 s with the default
 * (five alternating pairs, 2026-12-03), with the same peak memory; 128 MiB was no faster.
 */
export function astroBuildArgs(root: string): string[] {
  return ['--max-semi-space-size=64', join(root, 'node_modules/.bin/astro'), 'build'];
}

/** The index as one process with tsx as a loader, not through tsx's CLI, which starts a second. */
export function searchIndexArgs(root: string, site: string): string[] {
  return ['--import', 'tsx', join(root, 'scripts/index-search.ts'), '--site', site];
}
