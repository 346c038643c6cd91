/**
 * Linkinator crawls a served build from its home page, recursively, and requests every
 * internal link it finds (href, src, srcset… of every page), with --check-fragments:
 * a link to `page/#q-…` is broken unless `page/` has an element with that id.
 * Links to other hosts (outlet homepages, archived originals) are skipped, never fetched.
 * The site's own absolute URLs (canonical, og:url, built from SITE_URL) are rewritten to the
 * server under audit, so they are checked too.
 */
import { LinkChecker, LinkState } from 'linkinator';
import type { Preview } from './serve';

export interface BrokenLink {
  url: string;
  status?: number;
  parent?: string;
  text?: string;
}

export interface LinksResult {
  /** distinct URLs linkinator requested or skipped */
  links: number;
  ok: number;
  /** links to other hosts, skipped */
  external: number;
  /** links that are not http(s) (mailto:, data:…), skipped */
  nonHttp: number;
  pages: number;
  broken: BrokenLink[];
  redirects: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @param siteOrigin the origin the build's absolute URLs use (SITE_URL at build time), if any
 */
export async function runLinks(preview: Preview, siteOrigin?: string): Promise<LinksResult> {
  const internal = new Set([preview.origin, ...(siteOrigin ? [siteOrigin] : [])]);
  const isInternal = (link: string) => {
    try {
      return internal.has(new URL(link).origin);
    } catch {
      return false;
    }
  };
  const checker = new LinkChecker();
  let pages = 0;
  let redirects = 0;
  checker.on('pagestart', () => pages++);
  checker.on('redirect', () => redirects++);
  const result = await checker.check({
    path: preview.url,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 15_000,
    retryErrors: false,
    // Called before and after the rewrite below: the site's own origin counts as internal.
    // A data: URL (an article's raw-seed download) has the origin "null": skipped, not
    // requested, counted under nonHttp; the e2e specs check its bytes against the seed file.
    // linkinator's type asks for a promise; the check itself is synchronous.
    linksToSkip: (link) => Promise.resolve(!isInternal(link)),
    urlRewriteExpressions:
      siteOrigin && siteOrigin !== preview.origin
        ? [
            {
              pattern: new RegExp(`^${escapeRegExp(siteOrigin)}(?=/|$)`),
              replacement: preview.origin,
            },
          ]
        : [],
  });
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
  // A missing page is reported once: not again for the links of the 404 page it shows.
  const missing = new Set(
    broken.filter((l) => (l.status ?? 0) >= 400 || !l.status).map((l) => l.url),
  );
  const skipped = result.links.filter((l) => l.state === LinkState.SKIPPED);
  const isHttp = (u: string) => /^https?:/i.test(u);
  return {
    links: result.links.length,
    ok: result.links.filter((l) => l.state === LinkState.OK).length,
    external: skipped.filter((l) => isHttp(l.url)).length,
    nonHttp: skipped.filter((l) => !isHttp(l.url)).length,
    pages,
    broken: broken
      .filter((l) => !(l.parent && missing.has(l.parent)))
      .map((l) => ({ url: l.url, status: l.status, parent: l.parent, text: l.displayText })),
    redirects,
  };
}

/**
 * The number of links with a #fragment to a page of this site, in the built HTML: the
 * anchors that --check-fragments verified (linkinator reports only the broken ones).
 */
export function countFragmentLinks(html: string[], base: string): number {
  let n = 0;
  for (const doc of html) {
    for (const m of doc.matchAll(/\shref="([^"]*#[^"]+)"/g)) {
      const href = m[1] ?? '';
      if (href.startsWith('#') || href.startsWith(base)) n++;
    }
  }
  return n;
}
