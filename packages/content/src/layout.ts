import { join } from 'node:path';

/** Where each part of the content directory lives. */
export const contentFiles = {
  config: 'devguide.yaml',
  lock: 'devguide.lock.json',
  /** The upstream guide is kept at its repository path below this directory. */
  upstreamDir: 'upstream',
} as const;

export function contentPath(contentDir: string, ...parts: string[]): string {
  return join(contentDir, ...parts);
}
