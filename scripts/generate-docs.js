// Writes every generated docs file (rule pages, configuration and CLI references, JSON Schemas).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDocs } from '../apps/devguide/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, content] of generatedDocs()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
console.log(`wrote ${generatedDocs().size} docs files`);
