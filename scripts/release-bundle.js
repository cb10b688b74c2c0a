// Copies the CLI bundle into release/, the committed build that the root package exposes as its
// `devguide` bin: what `npm install -g` of this repository installs, and so what the pre-commit
// framework runs (.pre-commit-hooks.yaml). `--check` writes nothing and exits 1 when release/ is
// not what the current build would give.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const app = join(root, 'apps', 'devguide');
const bundle = join(app, 'dist', 'bundle');
const release = join(root, 'release');
const check = process.argv.includes('--check');

if (!existsSync(join(bundle, 'devguide.js'))) {
  console.error('release: apps/devguide/dist/bundle/devguide.js missing; run `pnpm build` first');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
// The CLI's own bin, reading its bundle from beside it.
const bin = readFileSync(join(app, 'bin', 'devguide.js'), 'utf8');
const cli = bin.replace("new URL('../dist/bundle/', import.meta.url)", "new URL('./', import.meta.url)");
if (cli === bin) {
  console.error('release: apps/devguide/bin/devguide.js no longer names its bundle as this script expects');
  process.exit(2);
}
const files = new Map([
  ['package.json', `${JSON.stringify({ name: 'devguide', version, private: true, type: 'module' }, null, 2)}\n`],
  ['cli.js', cli],
]);
// The whole CLI, its lint worker, the pre-commit hook's own bundle (`hook-start.js` and `hook.cjs`,
// which the pre-commit framework's hook starts from) and the chunks they load, directly or not.
// Followed from the entries' imports: a dist/bundle that turbo restored over an earlier build still
// holds that build's chunks, which no entry loads.
const loaded = new Set();
const pending = ['devguide.js', 'worker.js', 'hook-start.js', 'hook.cjs'];
while (pending.length > 0) {
  const name = pending.pop();
  if (loaded.has(name)) continue;
  loaded.add(name);
  for (const match of readFileSync(join(bundle, name), 'utf8').matchAll(/["']\.\/(chunk-[A-Z0-9]+\.js)["']/g))
    pending.push(match[1]);
}
for (const name of [...loaded].flatMap((name) => [name, `${name}.LEGAL.txt`]).sort())
  if (existsSync(join(bundle, name))) files.set(name, readFileSync(join(bundle, name), 'utf8'));

if (check) {
  const stale = [...files]
    .filter(([name, text]) => !existsSync(join(release, name)) || readFileSync(join(release, name), 'utf8') !== text)
    .map(([name]) => name);
  const extra = existsSync(release) ? readdirSync(release).filter((name) => !files.has(name)) : [];
  if (stale.length + extra.length > 0) {
    console.error(
      `release: out of date (${[...stale, ...extra].join(', ')}); run \`pnpm release:bundle\` and commit release/`,
    );
    process.exit(1);
  }
  console.log('release/ is up to date');
  process.exit(0);
}
mkdirSync(release, { recursive: true });
for (const name of readdirSync(release)) if (!files.has(name)) rmSync(join(release, name));
for (const [name, text] of files) {
  const temp = join(release, `.${name}.tmp`);
  writeFileSync(temp, text, { mode: name === 'cli.js' ? 0o755 : 0o644 });
  renameSync(temp, join(release, name));
}
console.log(`wrote release/ (${[...files.keys()].join(', ')})`);
