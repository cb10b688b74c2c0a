import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { FindingStatus, Reporter, ReporterOptions } from './types.js';
export { stylishPieces } from './stylish.js';

/**
 * Formats whose report reads each message's identity (JSON's `identity`, SARIF's fingerprints);
 * the others read none, and a run reported only in them can leave identities out.
 */
export const identityFormats: ReadonlySet<string> = new Set(['json', 'sarif']);

/** Output formats by `--format` name. */
export const reporters: Record<'stylish' | 'json' | 'sarif' | 'github' | 'markdown' | 'html', Reporter> = {
  stylish,
  json,
  sarif,
  github,
  markdown,
  html,
};
