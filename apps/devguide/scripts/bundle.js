// Bundles the CLI, the lint worker and the pre-commit hook: start-up is module loading (hundreds of
// small ESM files), and a few files load in a fraction of the time. Code splitting keeps what only
// some commands need (sync and external link checks, with undici) in chunks loaded when they run,
// so `lint` and `readme` neither read nor evaluate it. This repository's git hook runs from V8's
// code cache, which `vm.Script` offers for a script, not for ES modules: its bundle is one
// CommonJS file (`hook.cjs`; undici is in it but never evaluated), started by `hook-start.js`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const lintDist = dirname(require.resolve('@devguide/lint'));
const outdir = join(here, '..', 'dist', 'bundle');

// Chunks are named by content hash: stale ones from an earlier build must not linger.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    devguide: join(here, '..', 'dist', 'index.js'),
    worker: join(lintDist, 'engine', 'worker.js'),
  },
  outdir,
  // Beside the entry points: the lint pool finds `worker.js` next to the module that starts it.
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that loads its parts at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'linked',
});
const hookBuild = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  legalComments: 'linked',
};
await build({
  ...hookBuild,
  entryPoints: [join(here, '..', 'dist', 'hook-main.js')],
  outfile: join(outdir, 'hook.cjs'),
  format: 'cjs',
  // A CommonJS file has no `import.meta`: hook-start gives the URL its modules take for their own.
  define: { 'import.meta.url': '__hookModuleUrl' },
});
await build({
  ...hookBuild,
  entryPoints: [join(here, '..', 'dist', 'hook-start.js')],
  outfile: join(outdir, 'hook-start.js'),
  format: 'esm',
});
