// This repository's git pre-commit hook (installed by `pnpm install` through simple-git-hooks):
// `devguide hook pre-commit` on the staged content, in this one process for start-up time. A fresh
// clone has no build yet; the first commit builds the CLI once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const bundle = new URL('../apps/devguide/dist/bundle/devguide.js', import.meta.url);
if (!existsSync(bundle)) {
  const built = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=devguide...', '--output-logs=errors-only'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
  if (built.status !== 0) {
    console.error('devguide: cannot build the CLI for the pre-commit hook; run `pnpm build` (or commit with --no-verify)');
    process.exit(2);
  }
}
const { run } = await import(bundle.href);
process.exitCode = await run(['hook', 'pre-commit', '--command', 'pnpm devguide'], { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
