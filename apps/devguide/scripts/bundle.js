// Bundles the CLI and the lint worker into one file each: start-up is module loading
// (hundreds of small ESM files), and one file loads in a third of the time.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const lintDist = dirname(require.resolve('@devguide/lint'));

await build({
  entryPoints: { devguide: join(here, '..', 'dist', 'index.js'), worker: join(lintDist, 'engine', 'worker.js') },
  outdir: join(here, '..', 'dist', 'bundle'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that loads its parts at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'linked',
});
