import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The dev server's integrations act only under `astro dev`: a build's content sync starts a
 * Vite server too, whose setup hook runs when NODE_ENV is not production (under a test
 * runner), and there the dev normalizer would rewrite content/ while the build reads it.
 */
const spawned = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:child_process', async (original) => ({
  ...(await original<typeof import('node:child_process')>()),
  spawn: () => {
    spawned.count++;
    return { stdout: null, stderr: null, on: () => undefined, kill: () => undefined };
  },
}));

const { devContent } = await import('../../integrations/dev-content.mjs');
const { devSearch } = await import('../../integrations/dev-search.mjs');

type Hooks = Record<string, (options: Record<string, unknown>) => unknown>;
const logger = { info: () => undefined, error: () => undefined };

/** A Vite server that counts what an integration registers on it. */
function fakeServer() {
  const calls: string[] = [];
  return {
    calls,
    middlewares: { use: () => calls.push('middleware') },
    watcher: { on: () => calls.push('watcher') },
  };
}

function setUp(integration: { hooks: unknown }, command: string) {
  const hooks = integration.hooks as Hooks;
  hooks['astro:config:setup']!({ command });
  hooks['astro:config:done']?.({
    config: { base: '/', root: new URL('file:///tmp/root/'), cacheDir: new URL('file:///tmp/c/') },
  });
  const server = fakeServer();
  hooks['astro:server:setup']!({ server, logger, refreshContent: () => undefined });
  return server;
}

describe('the dev integrations under each Astro command', () => {
  beforeEach(() => {
    spawned.count = 0;
  });

  it.each(['build', 'preview', 'sync'])('start no normalizer under `astro %s`', (command) => {
    setUp(devContent(), command);
    expect(spawned.count).toBe(0);
  });

  it('start the normalizer under `astro dev`', () => {
    setUp(devContent(), 'dev');
    expect(spawned.count).toBe(1);
  });

  it.each(['build', 'preview', 'sync'])('serve no index under `astro %s`', (command) => {
    expect(setUp(devSearch(), command).calls).toEqual([]);
  });

  it('serve and rebuild the index under `astro dev`', () => {
    expect(setUp(devSearch(), 'dev').calls).toEqual(['middleware', 'watcher']);
  });
});
