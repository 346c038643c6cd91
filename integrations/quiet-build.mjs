// @ts-check
/**
 * Keeps `astro build` to its stages, figures and real warnings. Used by astro.config.mjs.
 *
 * Astro's content-assets plugin (astro/dist/content/vite-plugin-content-assets.js) wraps every
 * MDX entry in a `?astroPropagatedAssets` module that opens with the string
 * `"use astro:head-inject"`. Nothing reads it any more (head propagation goes by the module's
 * `__astroPropagation` export), but Rolldown takes it for a module-level directive, drops it
 * when bundling, as it would anyway, and warns once per article (MODULE_LEVEL_DIRECTIVE;
 * withastro/astro#18087, open). Only that warning is dropped: any other directive, and every
 * other warning, is still printed.
 */

/**
 * @param {{ code?: string; message: string }} warning
 * @returns {boolean}
 */
export function isHeadInjectDirective(warning) {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')
  );
}

/**
 * Rolldown's warning handler: prints every warning but that one through Vite's own.
 * @param {import('vite').Rolldown.RolldownLog} warning
 * @param {(warning: import('vite').Rolldown.RolldownLog) => void} warn
 */
function onwarn(warning, warn) {
  if (!isHeadInjectDirective(warning)) warn(warning);
}

/** @returns {import('astro').AstroIntegration} */
export function quietBuild() {
  return {
    name: 'dossier-quiet-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) =>
        void updateConfig({
          vite: {
            build: {
              rolldownOptions: { onwarn },
            },
          },
        }),
    },
  };
}
