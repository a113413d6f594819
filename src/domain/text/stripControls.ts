/**
 * Plain text from text that may carry terminal escape codes or other control characters (a plan pasted
 * from a terminal, a file with stray NULs). Escape sequences go whole ("\x1b[31m", "\x1b]8;;url\x07"), so
 * no "[31m" is left behind; then every C0 and C1 control goes, except tab and the line breaks (LF, CR),
 * which carry the text's structure.
 */

// CSI ("ESC [" or U+009B, parameters, one final byte), OSC ("ESC ]" or U+009D, up to BEL or ST), other ESC pairs.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\-_]/gu;
// eslint-disable-next-line no-control-regex -- as above; tab, LF and CR are kept
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

export function stripControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, "").replace(new RegExp(CONTROL.source, "gu"), "");
}

/**
 * Text an agency typed, as the add-in keeps it: control characters and terminal escapes gone, NFC (a return saved
 * on a Mac or pasted from a PDF may hold decomposed letters, which look alike but neither match nor sort alike).
 */
export function cleanEnteredText(text: string): string {
  return stripControls(text).normalize("NFC");
}
