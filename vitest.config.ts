import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, component and integration suites. The e2e suite (real Chromium) has its own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/{unit,components,integration}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
