/**
 * Whether a body line continues the paragraph before it, which a page break cut (003 L108/110): it starts in lower
 * case, but not as a list item ("a) Nhiệm vụ chung" starts a paragraph of its own), and the paragraph before neither
 * ends a sentence or clause nor is a heading.
 */
export function continuesParagraph(
  text: string,
  previous: string | undefined,
  isHeading: (line: string) => boolean,
): boolean {
  return (
    previous !== undefined &&
    /^[a-zà-ỹđ]/u.test(text) &&
    !/^[a-zđ][).]\s/u.test(text) &&
    !/[.:;]$/u.test(previous) &&
    !isHeading(previous)
  );
}
