import type { CliIo } from "./cliIo";

/**
 * What the CLI prints comes partly from data (plan texts, agency names, sheet names of a user's workbook).
 * A control character in that data must not reach the terminal raw: ESC sequences recolour, move the cursor or
 * retitle the window, and a carriage return or newline inside one field forges lines of a listing. Every
 * character is kept readable, shown as an escape (\x1b, \n), never dropped silently.
 */

// C0 controls, DEL and C1 controls; Unicode line and paragraph separators, which some terminals break on.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeControl(char: string): string {
  const code = char.codePointAt(0)!;
  return NAMED[char] ?? (code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, "0")}`);
}

/** Text of several lines: newlines and tabs stay, a Windows line end becomes a newline, any other control is escaped. */
export function terminalText(text: string): string {
  return text.replace(/\r\n/gu, "\n").replace(CONTROL, (char) => (char === "\n" || char === "\t" ? char : escapeControl(char)));
}

/** One field of a one-line listing entry: every control is escaped, newlines and tabs included. */
export function terminalLine(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/** A copy of plain data (a catalogue, an index entry) whose strings are all single-line terminal text. */
export function terminalLines<T>(value: T): T {
  if (typeof value === "string") return terminalLine(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => terminalLines(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, terminalLines(item)])) as T;
  }
  return value;
}

/** The same CliIo, but whatever a command prints goes through terminalText first. */
export function terminalIo(io: CliIo): CliIo {
  return {
    stdout: (text) => io.stdout(terminalText(text)),
    stderr: (text) => io.stderr(terminalText(text)),
    readFile: (file) => io.readFile(file),
    writeFile: (file, data) => io.writeFile(file, data),
    exists: (file) => io.exists(file),
    sameFile: (a, b) => io.sameFile(a, b),
    ...(io.listDir ? { listDir: (dir: string) => io.listDir!(dir) } : {}),
    ...(io.modifiedOn ? { modifiedOn: (file: string) => io.modifiedOn!(file) } : {}),
    cwd: io.cwd,
  };
}
