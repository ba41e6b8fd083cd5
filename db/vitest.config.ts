import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starting PGlite (WebAssembly) and migrating takes seconds, more on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
