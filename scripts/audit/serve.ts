/**
 * Serves a built site with `astro preview` (the project's own server, so the audit sees the
 * same 404 page, redirects and base path as a reader of the preview would), on a free port
 * of 127.0.0.1, and stops it again.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Preview {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** the base path the build was made for, with both slashes: / or /dossier/ */
  base: string;
  /** origin + base: the site's home page */
  url: string;
  stop(): Promise<void>;
}

/** A TCP port of 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

// The project's astro command (astro's package exports do not include its bin file).
const astroBin = fileURLToPath(new URL('../../node_modules/.bin/astro', import.meta.url));

/**
 * Starts `astro preview --ignore-lock` for the build in `outDir` made with `base`, and
 * resolves once its home page answers 200. BASE_PATH and DOSSIER_OUT are what
 * astro.config.mjs reads to find the build and its base.
 */
export async function startPreview(
  outDir: string,
  base: string,
  timeoutMs = 60_000,
): Promise<Preview> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = origin + base;
  const env: NodeJS.ProcessEnv = { ...process.env, DOSSIER_OUT: outDir };
  if (base === '/') delete env.BASE_PATH;
  else env.BASE_PATH = base;
  // The project's Node (process.execPath: the one npm put first on PATH), not /usr/bin/env node.
  const child = spawn(
    process.execPath,
    [astroBin, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so that stop() ends it and anything it started
    },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => ((exited = code), resolve())),
  );
  child.on('error', (e) => ((log += String(e)), (exited = -1)));

  // Should this process die without stopping it (SIGKILL…), a watchdog ends the server.
  if (child.pid !== undefined) reaper(process.pid, child.pid);

  let stopped = false;
  const stop = async () => {
    if (stopped || exited !== undefined || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killed = await Promise.race([exit.then(() => true), sleep(5000).then(() => false)]);
    if (!killed) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };
  live.add(stop);
  const preview: Preview = { origin, base, url, stop: async () => (live.delete(stop), stop()) };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined)
      throw new Error(
        `astro preview for ${outDir} exited (${exited}) before answering:\n${log.trim()}`,
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return preview;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  await preview.stop();
  throw new Error(
    `astro preview for ${outDir} did not answer at ${url} within ${timeoutMs / 1000} s:\n${log.trim()}`,
  );
}

/**
 * A tiny detached process that ends the process group `group` once process `parent` is gone,
 * and itself once the group is gone.
 */
function reaper(parent: number, group: number): void {
  const code = `const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
setInterval(() => {
  if (!alive(-${group})) process.exit(0);
  if (!alive(${parent})) { try { process.kill(-${group}, 'SIGTERM'); } catch {} process.exit(0); }
}, 500);`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

const live = new Set<() => Promise<void>>();

/** Stops every preview still running (on failure, Ctrl-C or SIGTERM). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((stop) => stop()));
  live.clear();
}
