/**
 * Trimming a class of characters off the ends of a text, in one scan. /[…]+$/ looks for its run from every
 * character of a long run that something follows ("Sở Y tế" and 10,000 dashes, then a letter), which is
 * quadratic in the run; these stop at the first character outside the class. `edge` matches one character.
 */
export function trimEnd(text: string, edge: RegExp): string {
  let end = text.length;
  while (end > 0 && edge.test(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

export function trimStart(text: string, edge: RegExp): string {
  let start = 0;
  while (start < text.length && edge.test(text.charAt(start))) start += 1;
  return start === 0 ? text : text.slice(start);
}
