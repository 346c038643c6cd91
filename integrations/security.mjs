// @ts-check
import { writeFileSync } from 'node:fs';
import { pathWithBase } from '../src/lib/base';

/**
 * The site's Content-Security-Policy (read by src/layouts/BaseLayout.astro), one string for the <meta http-equiv> of every page
 * and the `_headers` file: nothing but this origin; no inline script or style; WebAssembly
 * for the search island's Pagefind index ('wasm-unsafe-eval' allows compiling Wasm, not eval).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The policy of the pages `npm run dev` serves: Vite puts every stylesheet in an inline
 * <style> (and updates it in place), which style-src 'self' alone would block. Never built.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

/**
 * `_headers` for Netlify and Cloudflare Pages: long immutable caching for hashed assets,
 * and the CSP (with frame-ancestors, which only a header can carry) for every page.
 * @param {string} base the base path the site is served under, e.g. "/" or "/dossier/"
 */
export function headersFile(base) {
  return [
    pathWithBase('_assets/*', base),
    '  Cache-Control: public, max-age=31536000, immutable',
    pathWithBase('pagefind/*', base),
    '  Cache-Control: public, max-age=3600',
    pathWithBase('*', base),
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}

/**
 * Writes `_headers` (headersFile) at the root of every build, for the base path it is built under.
 * @returns {import('astro').AstroIntegration}
 */
export function securityHeaders() {
  let base = '/';
  return {
    name: 'dossier-headers',
    hooks: {
      'astro:config:done': ({ config }) => void (base = config.base),
      'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(base)),
    },
  };
}
