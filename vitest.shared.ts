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
    // Generous: on a loaded two-core machine, corpus-wide setups can take a while; nothing sleeps.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
