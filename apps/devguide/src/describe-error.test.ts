import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error.js';

async function failure(action: () => Promise<unknown> | unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('describeError', () => {
  it("puts Node's system errors in the project's form: path, what was expected, the fix", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'devguide-describe-'));
    try {
      await symlink('b', join(dir, 'a'));
      await symlink('a', join(dir, 'b'));
      const cases = [
        [
          () => readFile(join(dir, 'missing.md')),
          /^devguide: missing\.md: Unexpected missing path, expected .*; check the path$/,
        ],
        // Node names no path for this one (`read` of a directory).
        [() => readFile(dir), /^devguide: Unexpected directory, expected a file; name a file/],
        [() => readFile(join(dir, 'a')), /^devguide: a: Unexpected symbolic link loop, expected .*; remove or repoint/],
        [() => readFileSync(join(dir, 'a', 'x')), /^devguide: a\/x: Unexpected symbolic link loop/],
      ] as const;
      for (const [action, line] of cases) {
        const text = describeError(await failure(action), dir);
        expect(text).toMatch(line);
        expect(text).not.toMatch(/\n|ENOENT|ELOOP|EISDIR/);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the message of an error the project made with a code', () => {
    const error = Object.assign(new Error('notes.md: Unexpected binary file, expected text; remove it'), {
      code: 'EBINARY',
    });
    expect(describeError(error)).toBe('devguide: notes.md: Unexpected binary file, expected text; remove it');
  });

  it('reports a bug as one: Node API misuse and plain errors keep their stack', () => {
    const misuse = Object.assign(new TypeError('The "path" argument must be of type string'), {
      code: 'ERR_INVALID_ARG_TYPE',
    });
    expect(describeError(misuse)).toMatch(/^devguide: internal error: TypeError: .*\n\s+at /);
    expect(describeError(new Error('boom'))).toMatch(/^devguide: internal error: Error: boom\n\s+at /);
  });
});
