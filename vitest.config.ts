import { defineConfig } from 'vitest/config';

// Three projects: pure rules (unit), server against a real database (integration),
// and the browser end-to-end suite. `npm test` runs all three.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'packages/domain/src/**/*.test.ts',
            'packages/contract/src/**/*.test.ts',
            'packages/web/src/**/*.test.ts',
            'scripts/**/*.test.mjs',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['packages/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: ['e2e/global-setup.ts'],
          pool: 'forks',
          // One file at a time: two at a time take about two thirds of the time, but a form's select
          // or an action's click then loses its race with the page now and then.
          // ZHIFA_E2E_WORKERS=2 runs two at a time (the templates and the bundle are safe for it).
          maxWorkers: Number(process.env.ZHIFA_E2E_WORKERS ?? 1),
        },
      },
    ],
  },
});
