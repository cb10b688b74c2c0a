import { defineConfig } from 'vitest/config';

// Packages resolve each other's TypeScript sources through the `source`
// export condition, so tests never depend on a stale dist/.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'], externalConditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    testTimeout: 30_000,
    pool: 'forks',
  },
});
