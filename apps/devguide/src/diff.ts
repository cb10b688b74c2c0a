import { createTwoFilesPatch } from 'diff';
import { styleText } from 'node:util';
import { colourEnabled, type CliIo } from './io.js';

/** A unified diff from the file on disk to what it should be. */
export function unifiedDiff(name: string, before: string, after: string, io: CliIo): string {
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  const body = patch.split('\n').slice(1).join('\n');
  if (!colourEnabled(io, 'stdout')) return body;
  return body
    .split('\n')
    .map((line) =>
      line.startsWith('+') && !line.startsWith('+++')
        ? styleText('green', line)
        : line.startsWith('-') && !line.startsWith('---')
          ? styleText('red', line)
          : line.startsWith('@@')
            ? styleText('cyan', line)
            : line,
    )
    .join('\n');
}
