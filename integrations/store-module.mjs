// @ts-check
/**
 * Keeps the content layer's data store quick to load at any size. Used by astro.config.mjs.
 *
 * Astro hands the build its data store as one module (astro/dist/content/
 * vite-plugin-content-virtual-mod.js): `export default JSON.parse("…")`, the whole store one
 * string literal. V8 compiles a literal that long in time that grows faster than its length:
 * the store of 10,000 synthetic articles (127 MB) took 15.2 s to import, that of 1,000
 * (12 MB) 0.23 s. The same text as a list of string literals of at most 1 MiB, joined when
 * the module runs, took 1.37 s and 0.12 s (node 24, 2026-12-04). This plugin rewrites the
 * module to that form; the value it exports is the same. A module of any other shape (a
 * later Astro's) is left as it is, with a warning, so the cost does not come back unseen.
 * Astro's own `experimental.collectionStorage: 'chunked'` splits the store into modules of
 * up to 20 MiB each instead: at 1,000 articles `astro build` took 20.1 s with it against
 * 7.5–8.0 s without (two runs each, 2026-12-04).
 */

/** The data store's module id (Astro's `RESOLVED_DATA_STORE_VIRTUAL_ID`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** What Astro writes when there is no store yet: nothing to cut. */
const EMPTY_STORE = 'export default new Map()';

const HEAD = 'export default JSON.parse(';

/**
 * The store module with its one string literal cut into literals of at most `piece` UTF-16
 * code units, or null when the code is not `export default JSON.parse(<a string literal>)`.
 * A cut may fall inside a surrogate pair: JSON.stringify writes each half as an escape and
 * the join puts them back together.
 * @param {string} code
 * @param {number} [piece]
 * @returns {string | null}
 */
export function splitStoreModule(code, piece = 1 << 20) {
  if (!code.startsWith(HEAD) || !code.endsWith(')')) return null;
  /** @type {unknown} */
  let text;
  try {
    text = JSON.parse(code.slice(HEAD.length, -1));
  } catch {
    return null;
  }
  if (typeof text !== 'string') return null;
  const pieces = [];
  for (let i = 0; i < text.length; i += piece)
    pieces.push(JSON.stringify(text.slice(i, i + piece)));
  return `${HEAD}[${pieces.join(',\n')}].join(''))`;
}

/** @returns {import('astro').AstroIntegration} */
export function storeModule() {
  return {
    name: 'dossier-store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) =>
        void updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier-store-module',
                enforce: 'post',
                transform: {
                  filter: { id: new RegExp(`^${STORE_MODULE_ID}$`, 'u') },
                  /** @this {{ warn: (message: string) => void }} */
                  handler(code, id) {
                    if (id !== STORE_MODULE_ID || code === EMPTY_STORE) return null;
                    const split = splitStoreModule(code);
                    if (split === null)
                      this.warn(
                        'the content data store module is not `export default JSON.parse("…")`: left uncut (integrations/store-module.mjs), so a large store compiles slowly',
                      );
                    return split === null ? null : { code: split, map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        }),
    },
  };
}
