import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';

/** Output formats by `--format` name. */
export const reporters: Record<'stylish' | 'json' | 'sarif' | 'github', Reporter> = { stylish, json, sarif, github };
