import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in-process and fast (`npx vitest run --project unit`);
// `integration` spawns the project's scripts as child processes (build, CLI, hostile build).
// `vitest run` (npm run test:unit) runs both. `astro:content` exists only inside a build:
// here it resolves to tests/support/astro-content.ts, which tests mock with their collections.
export default defineConfig({
  resolve: {
    alias: {
      'astro:content': fileURLToPath(new URL('tests/support/astro-content.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    allowOnly: !process.env.CI,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
    ],
  },
});
