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
            'packages/i18n/src/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
            'test/unit/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'db',
          globalSetup: ['packages/db/src/testing/global_setup.ts'],
          // One database per worker, emptied for each file (packages/db/src/testing/fresh_database.ts).
          isolate: false,
          include: ['packages/db/src/**/*.test.ts', 'test/db/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'api',
          globalSetup: ['packages/db/src/testing/global_setup.ts'],
          isolate: false,
          include: ['apps/api/src/**/*.test.ts', 'test/api/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Opening databases from scratch (PGlite with PostGIS in a folder, the server's start): slow, so not in
          // `npm test`; CI runs it on PGlite and on the server.
          name: 'startup',
          include: ['test/startup/**/*.test.ts'],
          // Two from-scratch opens take about 20 s on an idle machine, over a minute on a busy one.
          testTimeout: 180_000,
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
