import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './src/lab/clients/systemChromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4390);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium when there is one; never download a browser here.
      ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'node src/server/start.ts',
    url: `http://127.0.0.1:${port}/`,
    // The TLS listener on any free port (PORT+1 may be taken); the catalog publishes where it is.
    env: { PORT: String(port), DEMO_TLS_PORT: '0' },
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
