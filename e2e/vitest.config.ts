import { defineConfig } from 'vitest/config';

/**
 * End-to-end journeys in real Chromium against the built app. One stack for the whole run
 * (global setup), files one at a time: they share the demo data and the browser's sign-in state
 * is per test, not per file.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
