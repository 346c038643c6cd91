/**
 * The one helper for internal links: joins a site path to the configured base path
 * (`BASE_PATH=/dossier/`), whatever slashes either side has.
 */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/u, '');
  return `${head}${tail}`;
}

/** An absolute URL for a site path, for canonical links, feeds and open data. */
export function absoluteUrl(
  path: string,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  const relative = pathWithBase(path, base);
  return site ? new URL(relative, site).href : relative;
}
