import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// dist/usage-error.js
var UsageError = class extends Error {
  fix;
  constructor(message, fix) {
    super(message);
    this.fix = fix;
    this.name = "UsageError";
  }
};

export {
  UsageError
};
