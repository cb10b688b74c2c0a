import { z } from 'zod';

const sha = z.string().regex(/^[0-9a-f]{40}$/, 'a 40-digit hex git object id');

export const lockFileSchema = z.strictObject({
  path: z.string().min(1),
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
    readme: z.string().min(1),
  }),
  guide: z.strictObject({ sha: sha.nullable(), size: z.number().int().nonnegative() }),
  files: z.array(lockFileSchema),
  missing: z.array(z.string()),
});

export type Lock = z.output<typeof lockSchema>;
export type LockFile = z.output<typeof lockFileSchema>;
