export { run } from './run.js';
export { processIo, type CliIo } from './io.js';
export { generatedDocs } from './generated-docs.js';
