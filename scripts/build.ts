/**
 * `npm run build` (and `build:base`): builds the site and its search index into a fresh
 * sibling folder, `<out>.tmp-<pid>`, and only when both stages succeed swaps it in for the
 * output folder (DOSSIER_OUT, default dist/). A stage fails when it exits non-zero or logs
 * an error (Astro only logs a reference to a missing entry, such as an unknown outlet). On
 * any failure, or Ctrl-C, the temporary folder is removed, the failed stage is named, the
 * exit code is non-zero, and the output folder is left exactly as it was: broken input
 * never replaces a good build.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroBuildArgs, searchIndexArgs } from './build-stages';

const ROOT = resolve(import.meta.dirname, '..');
const out = resolve(process.env.DOSSIER_OUT ?? 'dist');
const tmp = `${out}.tmp-${process.pid}`;
const old = `${out}.old-${process.pid}`;
/** A path as the user gave it: relative to here when it is below here. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
};

/** Each stage runs on the project's own Node, with the temporary folder as its output. */
const stages = [
  { name: 'astro build', args: astroBuildArgs(ROOT) },
  { name: 'search index', args: searchIndexArgs(ROOT, tmp) },
];

let running: ReturnType<typeof spawn> | null = null;
/** The signal that stopped the build, if any (an object: set from a signal handler). */
const stop: { signal: NodeJS.Signals | null } = { signal: null };

/**
 * Runs one stage, passing its output through and counting the errors it logs: Astro logs
 * some errors (a reference to an entry that does not exist) and still exits 0.
 */
function run(
  args: readonly string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; loggedErrors: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
        ...(process.stderr.isTTY ? { DOSSIER_TTY: '1' } : {}),
        DOSSIER_OUT: tmp,
      },
    });
    running = child;
    let loggedErrors = 0;
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let partial = '';
      from.on('data', (chunk: Buffer) => {
        to.write(chunk);
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop()!;
        loggedErrors += lines.filter(isErrorLine).length;
      });
      from.on('end', () => {
        if (isErrorLine(partial)) loggedErrors++;
      });
    }
    child.on('error', (error) => {
      console.error(error.message);
      done({ code: 1, signal: null, loggedErrors });
    });
    child.on('close', (code, signal) => {
      running = null;
      done({ code, signal, loggedErrors });
    });
  });
}

/** An error line of Astro's logger: `15:45:27 [ERROR] [content] …` (colours removed). */
function isErrorLine(line: string): boolean {
  return /^(?:\S+ )?\[ERROR\]/u.test(stripVTControlCharacters(line));
}

function fail(message: string, code: number): never {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`build: ${message}; ${shown(out)}/ was left as it was.`);
  process.exit(code);
}

// Stopped from outside: the running stage is stopped too, and the clean-up waits for its end.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    stop.signal = signal;
    if (running) running.kill(signal);
    else fail(`stopped by ${signal}`, code);
  });
}

rmSync(tmp, { recursive: true, force: true });
for (const stage of stages) {
  const started = performance.now();
  const { code, signal, loggedErrors } = await run(stage.args);
  if (stop.signal)
    fail(
      `stopped by ${stop.signal} during the ${stage.name} stage`,
      stop.signal === 'SIGINT' ? 130 : 143,
    );
  if (code !== 0)
    fail(
      `the ${stage.name} stage failed (${signal ? `killed by ${signal}` : `exit code ${code}`})`,
      1,
    );
  if (loggedErrors > 0)
    fail(
      `the ${stage.name} stage logged ${loggedErrors} error${loggedErrors === 1 ? '' : 's'} (above), so it failed even though it exited 0`,
      1,
    );
  console.log(
    `build: ${stage.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
const hadOutput = existsSync(out);
if (hadOutput) renameSync(out, old);
try {
  renameSync(tmp, out);
} catch (error) {
  if (hadOutput) renameSync(old, out);
  fail(
    `the new build could not be moved into place (${error instanceof Error ? error.message : String(error)})`,
    1,
  );
}
rmSync(old, { recursive: true, force: true });
console.log(`build: ${shown(out)}/ replaced by the new build.`);
