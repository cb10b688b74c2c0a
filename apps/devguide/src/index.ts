export { run } from './run.js';
export type { CliIo } from './io.js';
export { processIo } from './process-io.js';
export { generatedDocs } from './generated-docs.js';
