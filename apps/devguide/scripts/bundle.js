// Bundles the CLI and the lint worker into one file each: start-up is module loading
// (hundreds of small ESM files), and one file loads in a third of the time.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const lintDist = dirname(require.resolve('@devguide/lint'));

const common = {
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
};

await build({ ...common, entryPoints: { devguide: join(here, '..', 'dist', 'index.js'), worker: join(lintDist, 'engine', 'worker.js') } });

// The pre-commit hook's bundle leaves out external link checking (the hook is offline): the link
// checker and undici, evaluated at start-up, would cost every commit about a tenth of a second.
const offline = {
  name: 'offline',
  setup(build) {
    build.onResolve({ filter: /^@devguide\/links$/ }, () => ({ path: '@devguide/links', namespace: 'offline' }));
    build.onLoad({ filter: /.*/, namespace: 'offline' }, () => ({
      contents: "const offline = () => { throw new Error('external link checks are not in the pre-commit hook bundle'); };\nexport const checkLinks = offline;\nexport const collectExternalUrls = offline;\n",
      loader: 'js',
    }));
  },
};
await build({ ...common, entryPoints: { hook: join(here, '..', 'dist', 'hook-main.js') }, plugins: [offline] });
