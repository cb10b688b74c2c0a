import * as z from 'zod';

const sha = z.string().regex(/^[0-9a-f]{40}$/, 'a 40-digit hex git object id');

/** Why a lock path could leave the directory it is joined below, or null when it cannot. */
export function unsafeLockPath(path: string): string | null {
  if (path.includes('\0')) return 'a NUL byte';
  if (path.includes('\\')) return 'a backslash';
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return 'an absolute path';
  const segments = path.split('/');
  if (segments.includes('..')) return 'a `..` segment';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'an empty or `.` segment';
  return null;
}

/** The path with control characters shown as `?`, so that the message stays one line. */
function printable(path: string): string {
  return [...path].map((char) => (char.charCodeAt(0) < 0x20 ? '?' : char)).join('');
}

// A path in the lock is joined below content/ and the upstream tree: it must stay there.
const repoPath = z
  .string()
  .min(1)
  .superRefine((path, context) => {
    const reason = unsafeLockPath(path);
    if (reason)
      context.addIssue({
        code: 'custom',
        message: `\`${printable(path)}\` has ${reason}, expected a relative \`/\`-separated repository path`,
      });
  });

export const lockFileSchema = z.strictObject({
  path: repoPath,
  type: z.enum(['blob', 'tree', 'symlink', 'submodule']),
  sha: sha.nullable(),
  size: z.number().int().nonnegative().nullable(),
  anchors: z.array(z.string()).optional(),
});

export const lockSchema = z.strictObject({
  lockfileVersion: z.literal(1),
  upstream: z.strictObject({
    repository: z.string().min(1),
    ref: z.string().min(1),
    commit: sha.nullable(),
    readme: repoPath,
  }),
  guide: z.strictObject({ sha: sha.nullable(), size: z.number().int().nonnegative() }),
  files: z.array(lockFileSchema),
  missing: z.array(repoPath),
});

export type Lock = z.output<typeof lockSchema>;
export type LockFile = z.output<typeof lockFileSchema>;
