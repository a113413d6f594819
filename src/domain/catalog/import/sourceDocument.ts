import { stripControls } from "../../text/stripControls";

/**
 * The plan text as a list of 1-based lines, the way `sed -n` and the seed notes count them.
 * Only control characters are cleaned here (the catalogue stores plain text, never terminal escape
 * codes); tabs and NBSP carry structure that the family rules read, and line breaks stay where they are.
 */
export interface SourceLine {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
}

export interface SourceDocument {
  readonly lines: readonly SourceLine[];
  /** False when the last line has no newline (003, 004 and 000 end that way). */
  readonly endsWithNewline: boolean;
}

export function createSourceDocument(text: string): SourceDocument {
  const normalized = stripControls(text.replace(/^\uFEFF/, "")).normalize("NFC");
  const parts = normalized.split(/\r\n|\r|\n/);
  const endsWithNewline = parts.length > 1 && parts[parts.length - 1] === "";
  if (endsWithNewline) parts.pop();
  return {
    lines: parts.map((lineText, index) => ({ number: index + 1, text: lineText })),
    endsWithNewline,
  };
}

/** The line with this 1-based number, or undefined outside the document. */
export function lineAt(document: SourceDocument, number: number): SourceLine | undefined {
  return document.lines[number - 1];
}
