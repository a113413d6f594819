// `npm run bench`: prints figures and ratios; asserts nothing (tests assert behaviour, not time).
import benchCatalogImport from "./benches/catalogImport";
import benchDocxToText from "./benches/docxToText";
import benchXlsxWrite from "./benches/xlsxWrite";

type Bench = () => Promise<readonly string[]>;

const BENCHES: readonly [string, Bench][] = [
  ["xlsx adapter: write and save", benchXlsxWrite],
  ["catalog import: plan text to catalogue, agencies and corrections included", () => benchCatalogImport()],
  ["catalog import: .docx to text", benchDocxToText],
];

async function main(): Promise<void> {
  for (const [name, bench] of BENCHES) {
    console.log(`\n== ${name}`);
    for (const line of await bench()) console.log(`  ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
