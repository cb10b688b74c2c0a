// Runs every benchmark in this directory in turn.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
for (const file of readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.js'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const result = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 2);
}
