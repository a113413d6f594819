import path from "node:path";

/** The data/ folder shipped with Plan Tracker (catalogues, agencies), wherever the command is run from. */
export function bundledDataDir(): string {
  return path.resolve(__dirname, "..", "..", "data");
}
