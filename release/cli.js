#!/usr/bin/env node
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const bundle = new URL('./', import.meta.url);
// `devguide hook pre-commit <file>...`, the pre-commit framework's hook, starts as the git hook
// does: its own bundle, compiled from V8's code cache; every other command line, the whole CLI.
const hook = argv[0] === 'hook' ? await import(new URL('hook-start.js', bundle).href) : null;
const paths = hook ? hook.preCommitPaths(argv) : null;
if (hook && paths) {
  process.exitCode = await hook.startPreCommit(hook.processIo(), 'devguide', fileURLToPath(bundle), paths);
} else {
  const { processIo, run } = await import(new URL('devguide.js', bundle).href);
  process.exitCode = await run(argv, processIo());
}
