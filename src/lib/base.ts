/**
 * The one helper for internal links: joins a site path to the configured base path
 * (`BASE_PATH=/dossier/`), whatever slashes either side has.
 */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/u, '');
  return `${head}${tail}`;
}
