/**
 * The audit's command line (`--only vnu,links`, `--runs 1`) and where it finds Chromium:
 * pure, for scripts/audit/run.ts, which stops with the message of an `error`.
 */
import { parseArgs } from 'node:util';

export const TOOLS = ['vnu', 'links', 'lighthouse'] as const;
export type Tool = (typeof TOOLS)[number];

export interface AuditOptions {
  /** Lighthouse runs a page, the median kept */
  runs: number;
  tools: ReadonlySet<Tool>;
}

export function parseOptions(args: string[]): AuditOptions | { error: string } {
  const { values } = parseArgs({
    args,
    options: { only: { type: 'string' }, runs: { type: 'string', default: '3' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    return { error: `--runs wants a whole number of at least 1, not "${values.runs}".` };
  const tools = new Set<Tool>();
  for (const name of (values.only ?? TOOLS.join(',')).split(',').map((s) => s.trim())) {
    const tool = TOOLS.find((t) => t === name);
    if (!tool)
      return { error: `Unknown tool "${name}" in --only: choose among ${TOOLS.join(', ')}.` };
    tools.add(tool);
  }
  return { runs, tools };
}

/** Chromium for Lighthouse: CHROME_PATH, else CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv): string {
  return env.CHROME_PATH ?? env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
