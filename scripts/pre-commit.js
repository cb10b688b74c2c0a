// This repository's git pre-commit hook (installed by `pnpm install` through simple-git-hooks):
// `devguide hook pre-commit` on the staged content, in this one process for start-up time, its
// bundle compiled from V8's code cache. A fresh clone has no build yet; the first commit builds the
// CLI once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The hook's own bundle: `devguide hook pre-commit` without the rest of the CLI.
const bundle = new URL('../apps/devguide/dist/bundle/', import.meta.url);
const start = new URL('hook-start.js', bundle);
if (!existsSync(start) || !existsSync(new URL('hook.cjs', bundle))) {
  const built = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=devguide...', '--output-logs=errors-only'],
    { stdio: 'inherit', cwd: new URL('..', import.meta.url) },
  );
  if (built.status !== 0) {
    console.error(
      'devguide: cannot build the CLI for the pre-commit hook; run `pnpm build` (or commit with --no-verify)',
    );
    process.exit(2);
  }
}
const { startPreCommit } = await import(start.href);
process.exitCode = await startPreCommit(
  { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr },
  'pnpm devguide',
  fileURLToPath(bundle),
);
