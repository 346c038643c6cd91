/**
 * The two builds the audit checks (dist/ at /, dist-base/ under /dossier/), the copies of
 * them it audits, and what it reads from a build: the origin of its absolute URLs and the
 * pages Lighthouse scores. For scripts/audit/run.ts and the gates.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Build {
  name: string;
  /** the build's folder in the project, e.g. dist */
  dir: string;
  base: string;
  /** the copy that is audited */
  snapshot?: string;
}
export const BUILDS: Build[] = [
  { name: 'root', dir: 'dist', base: '/' },
  { name: 'base path', dir: 'dist-base', base: '/dossier/' },
];

/** The folder audited: the copy once made, else the build itself. */
export const snap = (b: Build) => b.snapshot ?? b.dir;

/** Why the audit cannot start (a build missing), or undefined. */
export function missingBuild(builds: readonly Build[]): string | undefined {
  const b = builds.find((x) => !existsSync(join(x.dir, 'index.html')));
  return b
    ? `The audit checks the built sites, and ${b.dir}/index.html is missing.\nRun \`npm run build && npm run build:base\` first, then \`npm run audit\`.`
    : undefined;
}

/**
 * Copies every build into `work` and records the copy in `snapshot`, so a rebuild during
 * the run cannot mix two builds; returns why it could not, or undefined.
 */
export function snapshotBuilds(builds: Build[], work: string): string | undefined {
  for (const b of builds) {
    b.snapshot = join(work, b.dir);
    try {
      cpSync(b.dir, b.snapshot, { recursive: true });
    } catch (e) {
      return `Could not copy ${b.dir}/ (${e instanceof Error ? e.message : String(e)}): is a build running? Try again once it is finished.`;
    }
    if (!existsSync(join(b.snapshot, 'index.html')))
      return `${b.dir}/ changed while it was being copied (a build running?): try again once it is finished.`;
  }
  return undefined;
}

/** The origin of a page's canonical link, e.g. https://example.org; undefined without one. */
export function canonicalOrigin(html: string): string | undefined {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  try {
    return href ? new URL(href).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The origin of the build's own absolute URLs (SITE_URL at build time), from its canonical link. */
export function siteOrigin(b: Build): string | undefined {
  return canonicalOrigin(readFileSync(join(snap(b), 'index.html'), 'utf8'));
}

export interface ScoredPage {
  name: string;
  /** the path under the base, when there is a page */
  path?: string;
  /** why there is none */
  missing?: string;
}

/**
 * The pages Lighthouse scores, given the build's folder name and the article and actor
 * pages it holds: the first article by name, the actor `macron` or else the first one.
 */
export function pagesToScore(
  dir: string,
  articles: readonly string[],
  actors: readonly string[],
): ScoredPage[] {
  const first = (names: readonly string[], prefer?: string) =>
    prefer && names.includes(prefer) ? prefer : [...names].sort()[0];
  const article = first(articles);
  const actor = first(actors, 'macron');
  return [
    { name: 'home', path: '' },
    article
      ? { name: 'article', path: `articles/${article}/` }
      : { name: 'article', missing: `no article page in ${dir}/articles/` },
    { name: 'timeline', path: 'timeline/' },
    { name: 'who said what', path: 'who-said-what/' },
    actor
      ? { name: 'actor', path: `actors/${actor}/` }
      : { name: 'actor', missing: `no actor page in ${dir}/actors/` },
    { name: 'search', path: 'search/' },
  ];
}

/** The pages Lighthouse scores in a build, as paths under its base. */
export function lighthousePages(b: Build): ScoredPage[] {
  const pages = (sub: string) =>
    existsSync(join(snap(b), sub))
      ? readdirSync(join(snap(b), sub), { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(snap(b), sub, e.name, 'index.html')))
          .map((e) => e.name)
      : [];
  return pagesToScore(b.dir, pages('articles'), pages('actors'));
}
