// @ts-check
/**
 * The absolute origin of the site's canonical links, og:url, sitemap, feed and every
 * quotation's `cite`, and the integration that prints its note. Read by astro.config.mjs;
 * resolveSiteUrl is pure (the environment is passed in), so it is unit-tested without a build.
 *
 * In order: `SITE_URL`, then the address a CI host gives its build (Netlify's `URL`,
 * Cloudflare Pages' `CF_PAGES_URL`), then the local preview, http://127.0.0.1:4321. A
 * deploy that falls back to the local preview shares previews that link nowhere, so that
 * case comes with a note for the build to print once.
 */

export const LOCAL_PREVIEW = 'http://127.0.0.1:4321';

/** The variables read, in order of precedence: yours, Netlify's, Cloudflare Pages'. */
const SOURCES = /** @type {const} */ (['SITE_URL', 'URL', 'CF_PAGES_URL']);

/**
 * @typedef {object} SiteUrl
 * @property {string} url the origin (and path, if any) to build absolute links from
 * @property {'SITE_URL' | 'URL' | 'CF_PAGES_URL' | null} from the variable it came from, or null for the local preview
 * @property {string | null} note what a production build should print about it, or null
 */

/** @param {string} value */
function isHttpUrl(value) {
  return URL.canParse(value) && /^https?:$/u.test(new URL(value).protocol);
}

/**
 * @param {Readonly<Record<string, string | undefined>>} env the process environment
 * @returns {SiteUrl}
 */
export function resolveSiteUrl(env) {
  for (const name of SOURCES) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (isHttpUrl(value)) return { url: value, from: name, note: null };
    if (name === 'SITE_URL')
      throw new Error(
        `SITE_URL must be an absolute http(s) address such as https://example.org, not "${value}".`,
      );
    // A host's variable that is not an address (URL is a common name) is not the site's: skip it.
  }
  return {
    url: LOCAL_PREVIEW,
    from: null,
    note: `SITE_URL is not set: canonical links, og:url, the sitemap, the feed and every quotation's cite will point at the local preview, ${LOCAL_PREVIEW}. Set SITE_URL=https://your.domain for a deploy (Netlify's URL and Cloudflare Pages' CF_PAGES_URL are used when present).`,
  };
}

/**
 * The note of a site URL that fell back to the local preview, said once per build (not on
 * preview or sync), and a warning, not an error: tests build without SITE_URL.
 * @param {SiteUrl} siteUrl what resolveSiteUrl gave
 * @returns {import('astro').AstroIntegration}
 */
export function siteUrlNote(siteUrl) {
  return {
    name: 'dossier-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => void (siteUrl.note && logger.warn(siteUrl.note)),
    },
  };
}
