import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * What a path option must name: an existing `file` or `directory`; a `directory?` that may not
 * exist yet; an `output` file, which may not exist but is not a directory and has a directory to go in;
 * a `cache` file, as an output whose directories are created.
 */
export type PathKind = 'file' | 'directory' | 'directory?' | 'output' | 'cache';

/**
 * Checks a path option before any work starts, so a wrong path is one line naming the option
 * (not a system error from deep inside, nor a temporary file left behind). Returns the absolute path.
 */
export function expectPath(cwd: string, value: string, option: string, kind: PathKind): string {
  const path = resolve(cwd, value);
  // An empty option names a positional argument: the path alone.
  const named = option ? `\`--${option} ${value}\`` : `\`${value}\``;
  const found = statOf(path, named);
  if (kind === 'file') {
    if (!found) throw new UsageError(`${named}: Unexpected missing file, expected an existing file`, 'check the path');
    if (found.isDirectory())
      throw new UsageError(`${named}: Unexpected directory, expected a file`, 'name the file inside it');
  } else if (kind === 'directory' || kind === 'directory?') {
    if (!found && kind === 'directory')
      throw new UsageError(`${named}: Unexpected missing directory, expected an existing directory`, 'check the path');
    if (found && !found.isDirectory())
      throw new UsageError(`${named}: Unexpected file, expected a directory`, 'name the directory that holds it');
  } else {
    if (found?.isDirectory())
      throw new UsageError(
        `${named}: Unexpected directory, expected a file to write`,
        'name a file, such as one inside that directory',
      );
    const parent = statOf(dirname(path), named);
    if (parent ? !parent.isDirectory() : kind === 'output')
      throw new UsageError(
        `${named}: Unexpected ${parent ? 'file' : 'missing directory'} \`${dirname(value)}\`, expected the directory the file goes in`,
        parent ? 'check the path' : 'create it first',
      );
  }
  return path;
}

function statOf(path: string, named: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP')
      throw new UsageError(
        `${named}: Unexpected symbolic link loop, expected a link that ends at a file or directory`,
        'remove or repoint the symbolic link',
      );
    if (code === 'ENOTDIR')
      throw new UsageError(`${named}: Unexpected file in the path, expected directories above it`, 'check the path');
    throw error;
  }
}
