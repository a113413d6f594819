/**
 * Estimated heights of rows whose text wraps. Excel grows such rows itself, LibreOffice and WPS do not when they open
 * a file, so the height is written with the row. The estimate assumes the default font (Calibri 11, or a metric twin
 * such as Carlito), errs on the tall side, and never needs the font itself: it stays pure.
 */

/** Points per line of 11-point text, as Excel sizes a one-line row. */
export const LINE_HEIGHT_POINTS = 15;
/** Excel's cap on a row's height. */
export const MAX_ROW_HEIGHT_POINTS = 409;

/**
 * How many characters of ordinary Vietnamese text fit on one line of a column `width` characters wide. A width counts
 * 7-pixel digits of Calibri 11 plus 5 pixels, less a few pixels of cell padding. Letters with diacritics average
 * 5 to 6.2 pixels, bold ones about 7 (measured on plan texts rendered with Carlito, Calibri's metric twin); the
 * estimate takes a little more, because a line too many costs some white space and a line too few hides text.
 */
export function charactersPerLine(width: number, options: { readonly bold?: boolean; readonly fontSize?: number } = {}): number {
  const usable = Math.trunc(width * DIGIT_PIXELS + 5) - CELL_PADDING_PIXELS;
  const perCharacter = (options.bold ? BOLD_PIXELS : REGULAR_PIXELS) * ((options.fontSize ?? 11) / 11);
  return Math.max(1, Math.floor(usable / perCharacter));
}

const DIGIT_PIXELS = 7;
const CELL_PADDING_PIXELS = 6;
const REGULAR_PIXELS = 6.4;
const BOLD_PIXELS = 7.2;

/** Lines a text takes in a wrapping cell `capacity` characters wide: words move whole to the next line, as Excel does. */
export function estimateLineCount(text: string, capacity: number): number {
  // Most cells are one short line: no word can move when the whole text fits (spaces between words only shrink).
  if (text.length <= capacity && !text.includes("\n")) return 1;
  let total = 0;
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    total += paragraphLines(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, capacity);
    start = end + 1;
  }
  return total + paragraphLines(text, start, text.length, capacity);
}

/** Lines of text[from, to), one scan: words are runs of non-space, their lengths counted in code points. */
function paragraphLines(text: string, from: number, to: number, capacity: number): number {
  let lines = 1;
  let used = 0;
  let index = from;
  while (index < to) {
    while (index < to && isSpace(text.charCodeAt(index))) index++;
    if (index >= to) break;
    let length = 0;
    while (index < to && !isSpace(text.charCodeAt(index))) {
      const code = text.charCodeAt(index);
      // A surrogate pair is one character.
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < to && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
      length++;
    }
    if (length > capacity) {
      // A word wider than the column is cut wherever the line ends.
      const start = used === 0 ? 0 : 1;
      lines += start + Math.ceil(length / capacity) - 1;
      used = length % capacity || capacity;
      continue;
    }
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= capacity) used = needed;
    else {
      lines += 1;
      used = length;
    }
  }
  return lines;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The characters of the regular expression \s (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Points a row needs for text turned upright (rotated 90°) on one line: its length, with room for the cell's padding
 * and for a word that moves whole to a line of its own. Within Excel's cap.
 */
export function heightForUprightText(text: string, options: { readonly bold?: boolean; readonly fontSize?: number } = {}): number {
  const perCharacter = (options.bold ? BOLD_PIXELS : REGULAR_PIXELS) * ((options.fontSize ?? 11) / 11);
  const pixels = [...text].length * perCharacter * 1.1 + 2 * CELL_PADDING_PIXELS;
  return Math.min(MAX_ROW_HEIGHT_POINTS, Math.ceil(pixels * 0.75));
}

/** Points for `lines` lines of text of `fontSize` points, within Excel's cap. */
export function heightForLines(lines: number, fontSize = 11): number {
  const height = Math.ceil(lines * LINE_HEIGHT_POINTS * (fontSize / 11) * 4) / 4;
  return Math.min(MAX_ROW_HEIGHT_POINTS, height);
}
