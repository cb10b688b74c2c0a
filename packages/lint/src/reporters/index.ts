import { github } from './github.js';
import { html } from './html.js';
import { json, jsonReportPieces } from './json.js';
import { markdown } from './markdown.js';
import { sarif, sarifPieces } from './sarif.js';
import { stylish, stylishPieces } from './stylish.js';
import type { Reporter, ReporterOptions } from './types.js';
import type { VFile } from 'vfile';

export type { FindingStatus, Reporter, ReporterOptions } from './types.js';

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

/**
 * The formats whose report can be made a piece at a time, with the same text as `reporters`: a
 * run of hundreds of thousands of findings is written without holding the report whole.
 */
const reportPieces: Partial<
  Record<keyof typeof reporters, (files: readonly VFile[], options: ReporterOptions) => Iterable<string>>
> = {
  stylish: stylishPieces,
  json: jsonReportPieces,
  sarif: sarifPieces,
};

/** The report in `format` (a name of `reporters`), in pieces when the format is made so, else whole. */
export function reportPiecesOf(format: string, files: readonly VFile[], options: ReporterOptions): Iterable<string> {
  const name = format as keyof typeof reporters;
  return reportPieces[name]?.(files, options) ?? [reporters[name](files, options)];
}
