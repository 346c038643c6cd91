// @ts-check
/**
 * `npm run dev`: keeps content/ in step with seeds/ while the dev server runs. Used by
 * astro.config.mjs; does nothing in a build.
 *
 * It runs the normalizer in watch mode (`tsx scripts/normalize.ts --watch`), which builds
 * content/ again after every change to a seed text or a YAML file of seeds/ with its code
 * loaded once; Astro's content layer sees content/ change and the open page reloads. Seeds
 * and content are DOSSIER_SEEDS and DOSSIER_CONTENT when set, as in a build. The
 * normalizer's figures are logged, and its input errors as errors: content/ is then left as
 * it was, so after a broken YAML file the pages show the last good content, and after a
 * broken seed text its article page says that content/ is stale until the seed is fixed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The normalizer's own progress lines ("normalize: read 5 articles in 0.8 s, …"): not repeated. */
const PROGRESS = /^normalize: [a-z ]+ \d+ [a-z ]+ in [\d.]+ s/u;

/** @returns {import('astro').AstroIntegration} */
export function devContent() {
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  /** Astro's command: a build's content sync starts a Vite server too, whose setup hook runs when NODE_ENV is not production (under a test runner). */
  let command = '';
  return {
    name: 'dossier-dev-content',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:server:setup': ({ logger, refreshContent }) => {
        if (command !== 'dev') return;
        // One process (tsx as a loader, not its CLI's wrapper), with an IPC channel whose
        // close tells it that the dev server is gone, however that ended.
        child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/normalize.ts',
            '--watch',
            '--seeds',
            process.env.DOSSIER_SEEDS ?? 'seeds',
            '--out',
            process.env.DOSSIER_CONTENT ?? 'content',
          ],
          {
            cwd: fileURLToPath(new URL('..', import.meta.url)),
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
          },
        );
        /**
         * @param {import('node:stream').Readable | null} stream
         * @param {(line: string) => void} log
         */
        const forward = (stream, log) => {
          let partial = '';
          stream?.on('data', (/** @type {Buffer} */ chunk) => {
            const lines = (partial + chunk.toString('utf8')).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines) if (line.trim() && !PROGRESS.test(line)) log(line);
          });
        };
        // Its line for a run that swapped a new content/ in: the content layer reloads now,
        // without waiting for the file watcher to notice the swapped folder (about 2 s).
        forward(child.stdout, (line) => {
          logger.info(line);
          if (line.startsWith('Wrote ')) void refreshContent?.({});
        });
        forward(child.stderr, (line) => logger.error(line));
        child.on('exit', (code, signal) => {
          if (child && !signal) logger.error(`the normalizer stopped (exit code ${code}).`);
        });
      },
      'astro:server:done': () => {
        const running = child;
        child = null;
        running?.kill();
      },
    },
  };
}
