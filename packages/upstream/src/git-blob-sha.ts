import { createHash } from 'node:crypto';

/** The object id git gives a file's content (`git hash-object`). */
export function gitBlobSha(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.byteLength}\0`).update(content).digest('hex');
}
