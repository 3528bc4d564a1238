import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Three projects: unit (node), dom (happy-dom), e2e (real Chromium through playwright-core).
export default defineConfig({
  define: { __FP_E2E__: 'false' },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        plugins: [preact()],
        test: { name: 'dom', environment: 'happy-dom', include: ['test/dom/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
