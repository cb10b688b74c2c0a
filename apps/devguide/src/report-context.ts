import type { ReporterOptions } from '@devguide/lint';
import { loadOwnership, type DerivedStore, type GroupBy } from '@devguide/owners';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LintValues } from './commands/lint.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * Groups and links for the reports: owners from the OWNERS files and sigs.yaml of the tree (read only
 * when grouping), GitHub links from the repository and ref.
 */
export function reportContext(
  io: CliIo,
  values: Pick<LintValues, 'format' | 'groupBy' | 'sigs' | 'ownersDir' | 'ref'>,
  run: { root: string; repository: string | null; defaultBranch: string; derived?: DerivedStore },
): Pick<ReporterOptions, 'groupOf' | 'groupBy' | 'repository' | 'ref'> & { root: string } {
  const grouped = values.format === 'markdown' || values.format === 'html';
  const by = (values.groupBy ?? (grouped ? 'sig' : undefined)) as GroupBy | undefined;
  const context = {
    root: run.root,
    repository: run.repository,
    ref: values.ref ?? run.defaultBranch,
  };
  if (!by) return context;
  const sigsYaml = values.sigs !== undefined ? resolve(io.cwd, values.sigs) : join(run.root, 'sigs.yaml');
  let ownership;
  try {
    // With a lint run's cache, the parsed index is kept there by the content hash of the files.
    ownership = loadOwnership(
      {
        ownersDir: values.ownersDir !== undefined ? resolve(io.cwd, values.ownersDir) : run.root,
        sigsYaml: by === 'sig' && existsSync(sigsYaml) ? sigsYaml : null,
        repository: run.repository,
      },
      run.derived,
    );
  } catch (error) {
    throw new UsageError((error as Error).message, 'fix the file, or group with `--group-by dir`');
  }
  return {
    ...context,
    groupBy: ownership.hasOwners || by === 'dir' ? by : 'dir',
    groupOf: (path) => ownership.groupOf(path, by),
  };
}
