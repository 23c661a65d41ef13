import { defineConfig } from 'vitest/config';

// Firefox ESR with the MV2 build, driven over WebDriver BiDi; run after `wxt build -b firefox`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
