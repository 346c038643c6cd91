/**
 * Progress of long work (the normalizer, the search index). On a terminal one line is
 * rewritten in place, `normalize: 340/1000 articles, 2.1 s`, at most every `intervalMs`; off
 * a terminal (CI, a log file) nothing is printed while a stage runs and one summary line is
 * printed when it ends, `normalize: read 1000 articles in 4.2 s`. The formatting is pure;
 * the reporter writes to the stream it is given and reads the clock it is given.
 */

export interface ProgressState {
  /** Who is working: `normalize`, `search index`. */
  task: string;
  /** What is being done, when there are several stages: `read`, `write`. */
  stage?: string;
  done: number;
  total: number;
  /** What is counted: `articles`, `pages`. */
  unit: string;
  elapsedMs: number;
}

/** Seconds with one decimal: `2.1 s`. */
export function formatSeconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** The line shown while a stage runs: `normalize: 340/1000 articles, 2.1 s` (`normalize: read 340/1000 articles, 2.1 s` with a stage). */
export function formatProgress(state: ProgressState): string {
  const stage = state.stage ? `${state.stage} ` : '';
  return `${state.task}: ${stage}${state.done}/${state.total} ${state.unit}, ${formatSeconds(state.elapsedMs)}`;
}

/** The line printed when a stage ends: `normalize: read 1000 articles in 4.2 s`, with an optional note (`, 998 from the cache`). */
export function formatSummary(state: Omit<ProgressState, 'done'>, note = ''): string {
  const stage = state.stage ? `${state.stage} ` : '';
  return `${state.task}: ${stage}${state.total} ${state.unit} in ${formatSeconds(state.elapsedMs)}${note ? `, ${note}` : ''}`;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ReporterOptions {
  task: string;
  stream?: ProgressStream;
  /** Defaults to the stream's own `isTTY`. */
  tty?: boolean;
  now?: () => number;
  /** Least time between two redraws on a terminal. */
  intervalMs?: number;
}

export interface Reporter {
  /** Starts a stage (ending the one before, if it was not ended). */
  start(stage: string, total: number, unit: string): void;
  /** Reports how much of the current stage is done. */
  tick(done: number): void;
  /** Ends the current stage and prints its summary line. */
  end(note?: string): void;
  /** Drops the current stage without a summary (the work failed), clearing its line on a terminal. */
  abort(): void;
}

const CLEAR_LINE = '\r\u001b[2K';

export function createReporter(options: ReporterOptions): Reporter {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? Boolean(stream.isTTY);
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  let current: {
    stage: string;
    total: number;
    unit: string;
    started: number;
    drawn: number;
    shown: boolean;
  } | null = null;
  const state = (done: number): ProgressState => ({
    task: options.task,
    stage: current!.stage || undefined,
    done,
    total: current!.total,
    unit: current!.unit,
    elapsedMs: now() - current!.started,
  });
  const reporter: Reporter = {
    start(stage, total, unit) {
      if (current) reporter.end();
      current = { stage, total, unit, started: now(), drawn: -Infinity, shown: false };
    },
    tick(done) {
      if (!current || !tty) return;
      const t = now();
      if (t - current.drawn < interval && done < current.total) return;
      current.drawn = t;
      current.shown = true;
      stream.write(`${CLEAR_LINE}${formatProgress(state(done))}`);
    },
    end(note) {
      if (!current) return;
      const summary = formatSummary(state(current.total), note);
      stream.write(`${tty && current.shown ? CLEAR_LINE : ''}${summary}\n`);
      current = null;
    },
    abort() {
      if (current && tty && current.shown) stream.write(CLEAR_LINE);
      current = null;
    },
  };
  return reporter;
}
