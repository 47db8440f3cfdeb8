import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/schema/src/**/*.test.ts',
            'packages/geo/src/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
            'test/unit/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'db',
          globalSetup: ['packages/db/src/testing/global_setup.ts'],
          include: ['packages/db/src/**/*.test.ts', 'test/db/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'api',
          globalSetup: ['packages/db/src/testing/global_setup.ts'],
          include: ['apps/api/src/**/*.test.ts', 'test/api/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
