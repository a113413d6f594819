import { readFileSync } from "node:fs";
import path from "node:path";

export const WORKBOOK_FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");

/** The bytes of a committed fixture written by another program (see tests/fixtures/workbooks/README.md). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(WORKBOOK_FIXTURES, name)));
}

export function fixtureJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(WORKBOOK_FIXTURES, name), "utf8")) as T;
}
