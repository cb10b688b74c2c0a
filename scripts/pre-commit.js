// This repository's git pre-commit hook (installed by `pnpm install` through simple-git-hooks):
// `devguide hook pre-commit` on the staged content, in this one process for start-up time. A fresh
// clone has no build yet; the first commit builds the CLI once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The hook's own bundle: `devguide hook pre-commit` without the network code of the whole CLI.
const bundle = new URL('../apps/devguide/dist/bundle/hook.js', import.meta.url);
if (!existsSync(bundle)) {
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
const { runPreCommit } = await import(bundle.href);
process.exitCode = await runPreCommit(
  { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr },
  'pnpm devguide',
);
