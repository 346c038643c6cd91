import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the built
 * site served by `astro preview`: once at the root (dist/) and once built with
 * BASE_PATH=/dossier/ (dist-base/).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] },
  },
  projects: [
    { name: 'root', use: { baseURL: 'http://127.0.0.1:4321/' } },
    { name: 'base-path', use: { baseURL: 'http://127.0.0.1:4322/dossier/' } },
  ],
  webServer: [
    { command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4321', url: 'http://127.0.0.1:4321/', reuseExistingServer: !process.env.CI },
    {
      command: 'astro preview --ignore-lock --host 127.0.0.1 --port 4322',
      url: 'http://127.0.0.1:4322/dossier/',
      reuseExistingServer: !process.env.CI,
      env: { BASE_PATH: '/dossier/', DOSSIER_OUT: './dist-base' },
    },
  ],
});
