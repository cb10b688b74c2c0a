import { writeAtomically } from '@devguide/content';
import { stylishPieces, type Reporter, type ReporterOptions } from '@devguide/lint';
import { resolve } from 'node:path';
import { writeInPieces, writePieces, type CliIo } from './io.js';

/**
 * Writes a report where it was asked for: to `output` atomically, else to stdout. Stylish to
 * stdout goes out as it is made (a run of 300,000 findings held its text three times); any other
 * report is made whole by `render` and written a mebibyte at a time.
 */
export async function writeReport(
  io: CliIo,
  report: { format: string; output: string | undefined; files: Parameters<Reporter>[0]; options: ReporterOptions },
  render: () => string,
): Promise<void> {
  if (report.format === 'stylish' && report.output === undefined)
    writePieces(io.stdout, stylishPieces(report.files, report.options));
  else if (report.output !== undefined)
    await writeAtomically([{ path: resolve(io.cwd, report.output), content: render() }]);
  else writeInPieces(io.stdout, render());
}
