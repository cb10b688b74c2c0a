import { location } from 'vfile-location';

/** 1-based line and column of a character offset (columns count UTF-16 units, as editors do). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const point = location(text).toPoint(Math.max(0, Math.min(offset, text.length)))!;
  return { line: point.line, column: point.column };
}
