// The root scripts' way to the CLI: `pnpm -s devguide <args>`, `pnpm lint:guide …`, `pnpm sync:upstream …`,
// `pnpm lint:links …`, `pnpm generate:readme …`. It builds only when a source is newer than the
// bundle (the build's output goes to stderr), then runs the bundle in this process with the
// arguments as given: stdout carries exactly what the command prints (`--format json > file`),
// and changing only the arguments starts in well under a second.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'apps', 'devguide', 'dist', 'bundle', 'devguide.js');
// Touched after each build that succeeded: turbo restores a cached build without touching the bundle.
const stamp = join(root, 'apps', 'devguide', 'dist', '.built');

/** Each root script: the commands it runs in order (each only when the one before exited 0), where its options go. */
const presets = {
  devguide: (args) => [args],
  'lint:guide': (args) => [
    ['lint', ...args],
    ['readme', '--check'],
  ],
  'generate:readme': (args) => [['readme', ...args]],
  'sync:upstream': (args) => [['sync', ...args]],
  'lint:links': (args) => [['lint', '--external', ...args]],
};

/** The newest modification time of what the bundle is built from: every package's sources and build settings. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!path.endsWith('.test.ts')) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const parent of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, parent))) {
      const dir = join(root, parent, name);
      for (const part of ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts'])
        visit(join(dir, part));
    }
  }
  for (const file of ['tsconfig.base.json', 'pnpm-lock.yaml']) visit(join(root, file));
  return newest;
}

function ensureBuilt() {
  // Set where the build has just run (the tests, which turbo runs after `build`): no second turbo inside it.
  if (process.env.DEVGUIDE_SKIP_BUILD === '1' && existsSync(bundle)) return;
  if (existsSync(bundle) && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource()) return;
  // Everything the build prints goes to stderr: stdout is the command's alone.
  const build = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=devguide...', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: ['ignore', 2, 2],
    },
  );
  if (build.status !== 0) {
    process.stderr.write(`devguide: the build failed (exit ${build.status ?? build.signal}); fix it, then run again\n`);
    process.exit(2);
  }
  writeFileSync(stamp, '');
}

const [preset, ...rest] = process.argv.slice(2);
const plan = presets[preset];
if (!plan) {
  process.stderr.write(
    `devguide: Unexpected preset \`${preset}\`, expected one of \`${Object.keys(presets).join('`, `')}\`\n`,
  );
  process.exit(2);
}
// `pnpm <script> -- <options>` passes the `--` on: options follow it either way.
const args = rest[0] === '--' ? rest.slice(1) : rest;
ensureBuilt();
const { run } = await import(pathToFileURL(bundle).href);
const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
let code = 0;
for (const argv of plan(args)) {
  code = await run(argv, io);
  if (code !== 0) break;
}
process.exitCode = code;
