import { styleText } from 'node:util';

export type StyleFormat = Parameters<typeof styleText>[0];

/** Styles text with ANSI escapes when `color` is on; otherwise returns it untouched. */
export type Paint = (format: StyleFormat, text: string) => string;

export function painter(color: boolean): Paint {
  // The caller has already decided whether to colour, so skip styleText's own check of process.stdout.
  return (format, text) => (color && text !== '' ? styleText(format, text, { validateStream: false }) : text);
}
