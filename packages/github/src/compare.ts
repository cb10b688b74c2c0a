import { GitHubError } from './errors.js';

/** One changed file of a comparison, as GitHub lists it. */
export interface ComparedFile {
  filename: string;
  /** `added`, `removed`, `modified`, `renamed`, `copied`, `changed` or `unchanged`. */
  status: string;
  /** The path before a rename or copy. */
  previousFilename: string | null;
}

export interface Comparison {
  /** How head relates to base: `ahead`, `behind`, `diverged` or `identical`. */
  status: 'ahead' | 'behind' | 'diverged' | 'identical';
  /**
   * Every changed file, or null when GitHub did not list them all: the list is left out of
   * some answers and cut at 300 files.
   */
  files: ComparedFile[] | null;
}

/** GitHub lists at most this many files of a comparison. */
export const compareFileLimit = 300;

const statuses = new Set(['ahead', 'behind', 'diverged', 'identical']);

/** Validates `GET /repos/{owner}/{repo}/compare/{base}...{head}`'s JSON. */
export function parseComparison(json: unknown, what: string): Comparison {
  const answer = (json ?? {}) as { status?: unknown; files?: unknown };
  if (typeof answer.status !== 'string' || !statuses.has(answer.status))
    throw new GitHubError(
      `Unexpected answer for ${what}: status \`${String(answer.status).slice(0, 40)}\`, expected ahead, behind, diverged or identical`,
    );
  const status = answer.status as Comparison['status'];
  if (!Array.isArray(answer.files) || answer.files.length >= compareFileLimit) return { status, files: null };
  const files: ComparedFile[] = [];
  for (const file of answer.files as Array<Record<string, unknown>>) {
    if (typeof file?.['filename'] !== 'string' || typeof file['status'] !== 'string')
      throw new GitHubError(`Unexpected answer for ${what}: a file without filename and status`);
    const previous = file['previous_filename'];
    files.push({
      filename: file['filename'],
      status: file['status'],
      previousFilename: typeof previous === 'string' ? previous : null,
    });
  }
  return { status, files };
}
