import { writeAtomically } from '@devguide/content';
import { reportPiecesOf, type Reporter, type ReporterOptions } from '@devguide/lint';
import { resolve } from 'node:path';
import { writePieces, type CliIo } from './io.js';

/**
 * Writes a report where it was asked for: to `output` atomically, else to stdout, a piece at a
 * time as it is made (`pieces`, by default the format's own): stylish, JSON and SARIF are never
 * held whole (a run of 300,000 findings held its text three times), the others are made whole and
 * written in pieces all the same (`evenPieces`).
 */
export async function writeReport(
  io: CliIo,
  report: { format: string; output: string | undefined; files: Parameters<Reporter>[0]; options: ReporterOptions },
  pieces: () => Iterable<string> = () => reportPiecesOf(report.format, report.files, report.options),
): Promise<void> {
  if (report.output !== undefined) await writeAtomically([{ path: resolve(io.cwd, report.output), content: pieces() }]);
  else await writePieces(io.stdout, pieces());
}
